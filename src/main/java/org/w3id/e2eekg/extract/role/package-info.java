/**
 * The role stage: which person holds which post, and where ({@link
 * org.w3id.e2eekg.extract.role.RoleReader}), from the titles named-entity recognition found and
 * the names around them. Immutable and thread-safe; its output is {@link
 * org.w3id.e2eekg.fact.RoleFact}s.
 */
package org.w3id.e2eekg.extract.role;
