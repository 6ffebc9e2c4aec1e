#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace clawdesk {

class Clock;
class MiniMaxOAuthFlow;
class TokenRefresher;
struct MiniMaxEndpoints;

/// @brief Keeps the MiniMax OAuth (Coding Plan) sign-in of `auth-profiles.json` fresh while the
/// gateway runs, headless or in the app: refreshes before expiry and writes the new tokens back to
/// the profile (the config watcher then hands them to new requests). When MiniMax rejects the
/// refresh token it reports "MiniMax login expired — sign in again"; requests then fail over.
class MiniMaxSessionKeeper : public QObject
{
    Q_OBJECT
public:
    static constexpr auto ProfileId = "minimax-portal:default";

    MiniMaxSessionKeeper(QString authProfilesPath, QObject *parent = nullptr);
    ~MiniMaxSessionKeeper() override;

    void setEndpoints(const MiniMaxEndpoints &endpoints);
    void setClock(const Clock *clock);
    /// Reads the profile again; (re)arms the refresh when the stored tokens changed.
    void sync();
    bool isLoginExpired() const { return m_loginExpired; }

signals:
    void refreshed();
    void loginExpired(const QString &message);

private:
    QString m_path;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MiniMaxOAuthFlow> m_flow;
    std::unique_ptr<TokenRefresher> m_refresher;
    QString m_access;
    QString m_refresh;
    bool m_loginExpired = false;
};

} // namespace clawdesk
