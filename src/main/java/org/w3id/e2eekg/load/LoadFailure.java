package org.w3id.e2eekg.load;

/**
 * An article that was not loaded.
 *
 * @param source  how the user named the file
 * @param message one line naming the file and the problem
 * @param cause   the exception behind it, for {@code --debug}
 */
public record LoadFailure(String source, String message, Throwable cause) {}
