/** What every resource of the store API needs: who is calling, from where, and request-body checks. */
package com.mastertrade.web.shared;
