package org.newsgraph.export;

/** An opaque RGB colour. */
public record Color(int red, int green, int blue) {
    public Color {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels go from 0 to 255");
        }
    }

    /** "#rrggbb". */
    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    static Color ofHex(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }
}
