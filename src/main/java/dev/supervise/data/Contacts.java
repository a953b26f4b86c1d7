package dev.supervise.data;

/** Phone normalization: digits only (full-width too); a 13-digit number starting with 86 loses the 86. */
public final class Contacts {
    private Contacts() {}

    /** The digits of a phone, or null when it has none. */
    public static String phone(String raw) {
        if (raw == null) return null;
        String n = TextNorm.norm(raw);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) if (n.charAt(i) >= '0' && n.charAt(i) <= '9') b.append(n.charAt(i));
        String d = b.toString();
        if (d.length() == 13 && d.startsWith("86")) d = d.substring(2);
        return d.isEmpty() ? null : d;
    }
}
