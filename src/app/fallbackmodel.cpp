#include "fallbackmodel.h"

#include <QCoreApplication>
#include <QEvent>

namespace clawdesk {

FallbackModel::FallbackModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool FallbackModel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() &&
        !m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {WarningRole});
    return QAbstractListModel::eventFilter(watched, event);
}

void FallbackModel::setSnapshot(const ConfigSnapshotPtr &snapshot)
{
    QList<Row> rows;
    if (snapshot) {
        const ModelSelection &selection = snapshot->selection();
        const QStringList dropped = selection.droppedFallbacks();
        const QStringList raw = selection.rawFallbacks();
        for (const QString &text : raw) {
            Row row;
            const auto ref = selection.resolveInput(text);
            row.key = ref ? ref->key() : text;
            row.dropped = dropped.contains(row.key) || dropped.contains(text);
            row.noAuth = ref && !snapshot->registry().hasAuth(ref->provider);
            rows.append(row);
        }
    }
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        emit countChanged();
        return;
    }
    // Same length (a reorder or an edit elsewhere): update in place so the view keeps its focus.
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        emit dataChanged(index(i), index(i));
    }
}

int FallbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString FallbackModel::warningFor(const Row &row) const
{
    if (row.dropped)
        return tr("Not in the model allowlist: OpenClaw silently skips this fallback.");
    if (row.noAuth)
        return tr("No credentials for this provider: this fallback will fail.");
    return {};
}

QVariant FallbackModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case KeyRole:
        return row.key;
    case PositionRole:
        return index.row() + 1;
    case DroppedRole:
        return row.dropped;
    case NoAuthRole:
        return row.noAuth;
    case WarningRole:
        return warningFor(row);
    }
    return {};
}

QHash<int, QByteArray> FallbackModel::roleNames() const
{
    return {{KeyRole, "key"},
            {PositionRole, "position"},
            {DroppedRole, "dropped"},
            {NoAuthRole, "noAuth"},
            {WarningRole, "warning"}};
}

bool FallbackModel::add(const QString &key)
{
    return m_editor.add && m_editor.add(key);
}

bool FallbackModel::remove(int index)
{
    if (index < 0 || index >= m_rows.size() || !m_editor.remove)
        return false;
    return m_editor.remove(index);
}

bool FallbackModel::move(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to || !m_editor.move)
        return false;
    return m_editor.move(from, to);
}

QStringList FallbackModel::keys() const
{
    QStringList out;
    for (const Row &row : m_rows)
        out.append(row.key);
    return out;
}

} // namespace clawdesk
