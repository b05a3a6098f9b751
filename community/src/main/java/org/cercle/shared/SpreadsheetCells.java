package org.cercle.shared;

/**
 * Text written into a spreadsheet export: a cell that starts with {@code = + - @}, a tab
 * or a carriage return would be read as a formula (CSV injection, OWASP), so it is
 * prefixed with an apostrophe and shown as text.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String text(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

}
