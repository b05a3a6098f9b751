-- The volume generator now writes its text with a Zipf law over a larger vocabulary (GeneratedText);
-- the old fixed-vocabulary function is no longer used.
drop function if exists cercle_sentence(integer, bigint);
