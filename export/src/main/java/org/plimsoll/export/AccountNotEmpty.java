package org.plimsoll.export;

/** A restore aimed at an account that already holds records; nothing was written. */
public final class AccountNotEmpty extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int records;

    public AccountNotEmpty(int records) {
        super("this account already holds " + records
                + " records; a restore goes into an empty account (delete everything first, or sign up anew)");
        this.records = records;
    }

    public int records() {
        return records;
    }
}
