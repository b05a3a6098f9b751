package org.cercle.events.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A small stacked bar chart drawn on the server as SVG (no script, no library in the
 * browser): accessible by its {@code title} and {@code desc}; the page shows the same
 * numbers in a table beside it.
 *
 * @param title what the chart shows
 * @param description the chart in words, for screen readers
 * @param bars one bar a day or edition: a label and up to two stacked values
 */
public record BarChart(String title, String description, String firstLegend, String secondLegend, List<Bar> bars) {

	private static final int WIDTH = 600;

	private static final int HEIGHT = 180;

	private static final int AXIS = 24;

	/** One bar: its label and its two values, drawn one on the other. */
	public record Bar(String label, long first, long second) {

		public long total() {
			return first + second;
		}

	}

	/** The SVG element, escaped, ready to be written into the page. */
	String svg() {
		var max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
		var slot = bars.isEmpty() ? WIDTH : (double) WIDTH / bars.size();
		var width = Math.max(2, slot * 0.7);
		var out = new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" ")
			.append("viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT + AXIS)
			.append("\" aria-labelledby=\"chart-title chart-desc\"><title id=\"chart-title\">")
			.append(HtmlUtils.htmlEscape(title))
			.append("</title><desc id=\"chart-desc\">")
			.append(HtmlUtils.htmlEscape(description))
			.append("</desc>");
		for (int i = 0; i < bars.size(); i++) {
			var bar = bars.get(i);
			var x = i * slot + (slot - width) / 2;
			var firstHeight = (double) HEIGHT * bar.first() / max;
			var secondHeight = (double) HEIGHT * bar.second() / max;
			out.append(rect(x, HEIGHT - firstHeight, width, firstHeight, "chart-first"));
			out.append(rect(x, HEIGHT - firstHeight - secondHeight, width, secondHeight, "chart-second"));
			if (bars.size() <= 16 || i % Math.ceil(bars.size() / 16.0) == 0) {
				out.append(String.format(java.util.Locale.ROOT,
						"<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>", x + width / 2,
						HEIGHT + 16, HtmlUtils.htmlEscape(bar.label())));
			}
		}
		return out.append("</svg>").toString();
	}

	private static String rect(double x, double y, double width, double height, String style) {
		return height <= 0 ? ""
				: String.format(java.util.Locale.ROOT,
						"<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", style, x, y, width,
						height);
	}

}
