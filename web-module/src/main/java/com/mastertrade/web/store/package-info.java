/** The store's pages (Jakarta Faces), in the visitor's language: French by default, English on request. */
package com.mastertrade.web.store;
