/** Sign-up, sign-in, password resets and user look-ups of the store API. */
package com.mastertrade.web.identity;
