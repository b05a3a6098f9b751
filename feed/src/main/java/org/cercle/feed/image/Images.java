package org.cercle.feed.image;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Images extends JpaRepository<Image, UUID> {

}
