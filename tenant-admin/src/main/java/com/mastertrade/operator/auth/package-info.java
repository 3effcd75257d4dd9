/** Operators' sign-in. */
package com.mastertrade.operator.auth;
