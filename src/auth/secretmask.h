#pragma once

#include <QString>

namespace clawdesk {

/// Preview of a secret for the UI and logs, as OpenClaw prints it (spec §3.3): first 8 + "..." + last 8
/// when longer than 16 characters. Shorter secrets are fully hidden, so a short key never leaks whole.
QString maskSecret(const QString &secret);

} // namespace clawdesk
