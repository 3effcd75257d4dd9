/** What every resource of the store API needs to know about its caller: who, from where, in which language. */
package com.mastertrade.web.shared;
