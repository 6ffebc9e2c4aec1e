#pragma once

#include <QByteArray>

namespace clawdesk::pkce {

/// base64url without padding (RFC 7636 §3, "Base64url Encoding").
QByteArray base64Url(const QByteArray &raw);

/// A code verifier: 32 cryptographically random bytes, base64url (43 characters).
QByteArray generateVerifier();

/// The S256 challenge for a verifier: base64url(SHA-256(ASCII(verifier))).
QByteArray challengeS256(const QByteArray &verifier);

/// An opaque `state` value: 16 random bytes, base64url.
QByteArray generateState();

} // namespace clawdesk::pkce
