#pragma once

#include "requestrecord.h"

#include <QObject>
#include <QTimer>

namespace clawdesk {

/// @brief The ledger's writer: lives in the ledger thread, owns its own SQLite connection and
/// writes queued rows in batches.
class LedgerWriter : public QObject
{
    Q_OBJECT
public:
    explicit LedgerWriter(const QString &path);
    ~LedgerWriter() override;

    void enqueue(const RequestRecord &record);
    void writePending();

signals:
    void writeFailed(const QString &message);

private:
    bool open();
    void makePrivate() const;

    QString m_path;
    QString m_connection;
    QList<RequestRecord> m_pending;
    QTimer *m_batchTimer; ///< a child, so it moves to the ledger thread with the writer
    bool m_open = false;
};

/// Creates the schema if needed; shared by the writer and the readers.
bool ensureUsageSchema(const QString &connectionName, QString *error);

} // namespace clawdesk
