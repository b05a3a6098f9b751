package org.cercle.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a QR code back from a PNG, as a phone's camera would. */
public final class QrImages {

	private QrImages() {
	}

	public static String decode(byte[] png) {
		try {
			var image = ImageIO.read(new ByteArrayInputStream(png));
			var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
			return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NotFoundException | ChecksumException | FormatException ex) {
			throw new AssertionError("Not a readable QR code", ex);
		}
	}

}
