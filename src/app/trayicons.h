#pragma once

#include <QIcon>

namespace clawdesk {

/// @brief The tray's icons per state. The SVGs in resources/icons are the source; where Qt's SVG
/// plugin is not installed the same shapes are painted with QPainter.
struct TrayIcons
{
    enum class Kind { Stopped, Running, Fallback, Error, LoginExpired };
    static QIcon icon(Kind kind);
    static QString resourcePath(Kind kind);
    static QColor color(Kind kind);
};

} // namespace clawdesk
