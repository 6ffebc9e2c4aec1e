#pragma once

#include <QLocalServer>
#include <QObject>

namespace clawdesk {

/// @brief One ClawDesk per user: the first launch listens on a per-user local socket; a later
/// launch tells it to raise its window and exits.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    /// `key` empty: derived from the user name.
    explicit SingleInstance(const QString &key = QString(), QObject *parent = nullptr);

    /// True when this process is the first instance (it now listens); false when another one
    /// answered and was asked to show itself.
    bool claim();
    QString serverName() const { return m_name; }

signals:
    void activationRequested();

private:
    QLocalServer m_server;
    QString m_name;
};

} // namespace clawdesk
