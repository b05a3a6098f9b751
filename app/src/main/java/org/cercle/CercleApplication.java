package org.cercle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

@SpringBootApplication
@EnableAsync
@Modulithic(systemName = "Cercle")
public class CercleApplication {

	public static void main(String[] args) {
		SpringApplication.run(CercleApplication.class, args);
	}

}
