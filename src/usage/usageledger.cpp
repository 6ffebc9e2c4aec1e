#include "usageledger.h"

#include "ledgerwriter.h"

#include <QStandardPaths>
#include <QThread>

namespace clawdesk {

UsageLedger::UsageLedger(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath.isEmpty() ? defaultPath() : databasePath)
    , m_thread(new QThread(this))
    , m_writer(new LedgerWriter(m_path))
{
    qRegisterMetaType<RequestRecord>();
    m_thread->setObjectName(QStringLiteral("usage-ledger"));
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &LedgerWriter::writeFailed, this, &UsageLedger::writeFailed);
    m_thread->start(QThread::LowPriority);
}

UsageLedger::~UsageLedger()
{
    flush(); // posted records are delivered in order before this blocking call returns
    m_thread->quit();
    m_thread->wait();
}

QString UsageLedger::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/usage.sqlite");
}

void UsageLedger::record(const RequestRecord &record)
{
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, record] { writer->enqueue(record); }, Qt::QueuedConnection);
}

void UsageLedger::flush()
{
    QMetaObject::invokeMethod(m_writer, &LedgerWriter::writePending, Qt::BlockingQueuedConnection);
}

} // namespace clawdesk
