package org.cercle.events.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * A one-page PDF written by the project for the demo's past Matinées: a title and a few
 * lines in Helvetica, with a correct cross-reference table, so that any reader opens it.
 */
final class DemoSlides {

	private DemoSlides() {
	}

	static byte[] pdf(String title, String... lines) {
		var text = new StringBuilder("BT /F1 20 Tf 56 780 Td (").append(escaped(title)).append(") Tj /F1 12 Tf");
		for (var line : lines) {
			text.append(" 0 -28 Td (").append(escaped(line)).append(") Tj");
		}
		text.append(" ET");
		var stream = text.toString().getBytes(StandardCharsets.ISO_8859_1);
		var objects = new String[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				null, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>" };
		var out = new ByteArrayOutputStream();
		var offsets = new ArrayList<Integer>();
		write(out, "%PDF-1.4\n");
		for (int i = 0; i < objects.length; i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n");
			if (objects[i] == null) {
				write(out, "<< /Length " + stream.length + " >>\nstream\n");
				out.writeBytes(stream);
				write(out, "\nendstream\n");
			}
			else {
				write(out, objects[i] + "\n");
			}
			write(out, "endobj\n");
		}
		var xref = out.size();
		write(out, "xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
		offsets.forEach(offset -> write(out, String.format("%010d 00000 n \n", offset)));
		write(out, "trailer\n<< /Size " + (objects.length + 1) + " /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		return out.toByteArray();
	}

	private static String escaped(String text) {
		return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

}
