#include "trayicons.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace clawdesk {

QString TrayIcons::resourcePath(Kind kind)
{
    switch (kind) {
    case Kind::Stopped:
        return QStringLiteral(":/icons/tray-stopped.svg");
    case Kind::Running:
        return QStringLiteral(":/icons/tray-running.svg");
    case Kind::Fallback:
        return QStringLiteral(":/icons/tray-fallback.svg");
    case Kind::Error:
        return QStringLiteral(":/icons/tray-error.svg");
    case Kind::LoginExpired:
        return QStringLiteral(":/icons/tray-login.svg");
    }
    return {};
}

QColor TrayIcons::color(Kind kind)
{
    switch (kind) {
    case Kind::Stopped:
        return QColor(0x8a, 0x8f, 0x98);
    case Kind::Running:
        return QColor(0x2e, 0xa0, 0x43);
    case Kind::Fallback:
        return QColor(0xe0, 0x9b, 0x1a);
    case Kind::Error:
        return QColor(0xd6, 0x3b, 0x3b);
    case Kind::LoginExpired:
        return QColor(0x7b, 0x5c, 0xd6);
    }
    return Qt::gray;
}

QIcon TrayIcons::icon(Kind kind)
{
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    if (svg)
        return QIcon(resourcePath(kind));
    // Same drawing as the SVG: a rounded badge with three claw marks and a state dot.
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 32.0, size / 32.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2b, 0x30, 0x3b));
        p.drawRoundedRect(QRectF(1, 1, 30, 30), 7, 7);
        QPen claw(Qt::white, 3, Qt::SolidLine, Qt::RoundCap);
        p.setPen(claw);
        for (int i = 0; i < 3; ++i) {
            QPainterPath path;
            path.moveTo(8 + i * 6, 8);
            path.quadTo(12 + i * 6, 15, 9 + i * 6, 23);
            p.drawPath(path);
        }
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(color(kind));
        p.drawEllipse(QPointF(24, 24), 6.5, 6.5);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace clawdesk
