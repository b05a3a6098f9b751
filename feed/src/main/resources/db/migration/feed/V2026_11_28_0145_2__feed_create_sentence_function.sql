-- cercle_sentence(words, seed): a deterministic run of French words, used by the benchmark data
-- generator (profile "generate") to build articles inside PostgreSQL. Not used by the application.
create or replace function cercle_sentence(word_count integer, seed bigint) returns text
language sql immutable as $$
    select string_agg(w[1 + ((seed * 7919 + i * 104729 + (seed % 97) * i * i) % array_length(w, 1))::integer], ' ')
    from generate_series(1, word_count) as i,
         (select array['communauté', 'communautés', 'entreprise', 'collaboration', 'événement', 'événements',
                       'matinée', 'genève', 'réseau', 'social', 'numérique', 'organisation', 'travail', 'télétravail',
                       'équipe', 'managers', 'confiance', 'cœur', 'projet', 'clients', 'relation', 'marketing',
                       'innovation', 'données', 'ville', 'intelligente', 'pratique', 'partage', 'savoir', 'leadership',
                       'formation', 'métiers', 'informatique', 'service', 'contrat', 'outils', 'plateforme', 'animation',
                       'modération', 'engagement', 'transformation', 'culture', 'réunion', 'bureau', 'mobile',
                       'stratégie', 'mesure', 'indicateurs', 'qualité', 'écoute', 'dialogue', 'membres', 'cercle',
                       'avenir', 'tiers-lieux', 'l''organisation', 'd''entreprise', 'qu''elle', 'aujourd''hui',
                       'expérience', 'retours', 'pragmatisme', 'gouvernance', 'sécurité', 'coûts', 'adoption', 'usages',
                       'habitudes', 'la', 'le', 'les', 'des', 'une', 'un', 'et', 'pour', 'dans', 'avec', 'sur', 'nos',
                       'leurs', 'plus', 'moins', 'chaque']) as words(w)
$$;
