/**
 * Helpers shared by the tests: the test articles, running the command line in-process with
 * captured output, and reading a store's content back.
 */
package org.w3id.e2eekg.support;
