package com.mastertrade.identity;

/** The signed-in user a request acts for, as its token says. */
public record Caller(long userId, RoleName role) {

    public boolean isStaff() {
        return role.isStaff();
    }

    /** Customers see themselves; staff see everyone of their store. */
    public boolean maySee(long otherUserId) {
        return isStaff() || userId == otherUserId;
    }
}
