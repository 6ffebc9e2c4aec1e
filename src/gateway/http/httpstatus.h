#pragma once

#include <QByteArray>

namespace clawdesk {

/// Reason phrase for an HTTP status code ("Not Found"); "Unknown" for codes it does not know.
QByteArray httpReasonPhrase(int status);

} // namespace clawdesk
