#include "minimaxendpoints.h"

namespace clawdesk {

MiniMaxEndpoints MiniMaxEndpoints::forRegion(MiniMaxRegion region)
{
    if (region == MiniMaxRegion::Cn)
        return {QUrl(QStringLiteral("https://account.minimaxi.com")),
                QUrl(QStringLiteral("https://api.minimaxi.com"))};
    return {QUrl(QStringLiteral("https://account.minimax.io")),
            QUrl(QStringLiteral("https://api.minimax.io"))};
}

QUrl MiniMaxEndpoints::join(const QUrl &base, const char *path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + QLatin1String(path));
    return url;
}

} // namespace clawdesk
