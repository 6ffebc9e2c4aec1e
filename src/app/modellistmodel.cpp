#include "modellistmodel.h"

namespace clawdesk {

ModelListModel::ModelListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ModelListModel::setSnapshot(ConfigSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    rebuild();
}

void ModelListModel::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    emit searchChanged();
    rebuild();
}

void ModelListModel::setShowAll(bool all)
{
    if (m_showAll == all)
        return;
    m_showAll = all;
    emit showAllChanged();
    rebuild();
}

bool ModelListModel::matches(const ModelListRow &row) const
{
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return true;
    if (row.key.contains(needle, Qt::CaseInsensitive) || row.name.contains(needle, Qt::CaseInsensitive))
        return true;
    for (const QString &alias : row.aliases) {
        if (alias.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void ModelListModel::rebuild()
{
    QList<ModelListRow> rows;
    if (m_snapshot) {
        ModelListing::Filter filter;
        filter.all = m_showAll;
        for (const ModelListRow &row :
             ModelListing::rows(m_snapshot->selection(), m_snapshot->registry(), filter)) {
            if (matches(row))
                rows.append(row);
        }
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case KeyRole:
        return row.key;
    case NameRole:
        return row.name;
    case InputRole:
        return row.input;
    case ContextRole:
        return ModelListing::formatContext(row.contextWindow);
    case LocalRole:
        return row.local.value_or(false);
    case AuthRole:
        return row.available.value_or(false);
    case TagsRole:
        return row.tags;
    case IsPrimaryRole:
        return row.hasTag(QStringLiteral("default"));
    case FallbackIndexRole:
        for (const QString &tag : row.tags) {
            if (tag.startsWith(QLatin1String("fallback#")))
                return tag.mid(9).toInt();
        }
        return 0;
    case AliasesRole:
        return row.aliases;
    case MissingRole:
        return row.missing;
    }
    return {};
}

QHash<int, QByteArray> ModelListModel::roleNames() const
{
    return {{KeyRole, "key"},         {NameRole, "name"},           {InputRole, "input"},
            {ContextRole, "context"}, {LocalRole, "local"},         {AuthRole, "auth"},
            {TagsRole, "tags"},       {IsPrimaryRole, "isPrimary"}, {FallbackIndexRole, "fallbackIndex"},
            {AliasesRole, "aliases"}, {MissingRole, "missing"}};
}

QString ModelListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

} // namespace clawdesk
