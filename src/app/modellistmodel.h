#pragma once

#include "configsnapshot.h"
#include "modellisting.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace clawdesk {

/// @brief The rows of `models list` for the Models page, filtered by a search text.
///
/// Roles: `key` (provider/model), `name`, `input` ("text+image"), `context` ("200k"),
/// `local` (bool), `auth` (bool: credentials exist), `tags` (list, as the CLI prints them),
/// `isPrimary` (bool), `fallbackIndex` (1-based, 0 when not a fallback), `aliases` (list),
/// `missing` (bool: configured but unknown to the registry).
class ModelListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Config.models")
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(bool showAll READ showAll WRITE setShowAll NOTIFY showAllChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        InputRole,
        ContextRole,
        LocalRole,
        AuthRole,
        TagsRole,
        IsPrimaryRole,
        FallbackIndexRole,
        AliasesRole,
        MissingRole,
    };
    Q_ENUM(Role)

    explicit ModelListModel(QObject *parent = nullptr);

    void setSnapshot(ConfigSnapshotPtr snapshot);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    bool showAll() const { return m_showAll; }
    void setShowAll(bool all);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE QString keyAt(int row) const;

signals:
    void searchChanged();
    void showAllChanged();
    void countChanged();

private:
    void rebuild();
    bool matches(const ModelListRow &row) const;

    ConfigSnapshotPtr m_snapshot;
    QList<ModelListRow> m_rows;
    QString m_search;
    bool m_showAll = false;
};

} // namespace clawdesk
