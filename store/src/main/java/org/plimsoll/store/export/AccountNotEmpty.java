package org.plimsoll.store.export;

/** A restore aimed at an account that already holds records; nothing was written. */
public final class AccountNotEmpty extends RuntimeException {
    public AccountNotEmpty(int records) {
        super("this account already holds " + records
                + " records; a restore goes into an empty account (delete everything first, or sign up anew)");
    }
}
