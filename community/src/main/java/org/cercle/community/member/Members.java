package org.cercle.community.member;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Members extends JpaRepository<Member, UUID> {

	Optional<Member> findByHandle(String handle);

}
