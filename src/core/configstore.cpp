#include "configstore.h"

#include "configwriter.h"
#include "filelock.h"

#include <algorithm>

namespace clawdesk {

OpenClawConfig ConfigStore::load() const
{
    return OpenClawConfig::load(m_paths.configPath, m_env);
}

QString ConfigStore::describeInvalid(const OpenClawConfig &config)
{
    QStringList lines{QStringLiteral("Invalid config at %1:").arg(config.path())};
    for (const ConfigIssue &issue : config.issues())
        lines.append(issue.toString());
    return lines.join(QLatin1Char('\n'));
}

ConfigIssues ConfigStore::addedIssues(const OpenClawConfig &current, const OpenClawConfig &proposed)
{
    ConfigIssues added;
    for (const ConfigIssue &issue : proposed.issues()) {
        const bool known =
            std::any_of(current.issues().cbegin(), current.issues().cend(), [&](const ConfigIssue &had) {
                return had.path == issue.path && had.message == issue.message;
            });
        if (!known)
            added.append(issue);
    }
    return added;
}

ConfigStore::EditResult ConfigStore::edit(const Mutation &mutation) const
{
    constexpr int Attempts = 3;
    EditResult result;
    // Held from the read to the rename: ClawDesk processes edit one after the other, each on the
    // text the previous one wrote. Programs that do not take the lock (OpenClaw itself) are caught
    // by the compare in ConfigWriter::save, and the edit is re-applied to their text.
    const FileLock lock(m_paths.configPath);
    if (!lock.isLocked() && !lock.unavailable()) {
        result.error = lock.error();
        result.config = load();
        return result;
    }
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        const OpenClawConfig current = load();
        if (!current.parsed()) {
            result.error = describeInvalid(current);
            result.config = current;
            return result;
        }
        Json5Document document = current.document();
        QString error;
        if (!mutation(document, current, &error)) {
            result.error = error;
            result.config = current;
            return result;
        }
        const OpenClawConfig proposed = OpenClawConfig::fromText(document.text(), m_paths.configPath, m_env);
        if (const ConfigIssues added = addedIssues(current, proposed);
            !proposed.parsed() || !added.isEmpty()) {
            const ConfigIssue &first = added.isEmpty() ? proposed.issues().first() : added.first();
            result.error = QStringLiteral("Config validation failed: %1: %2").arg(first.path, first.message);
            result.config = current;
            return result;
        }
        const ConfigWriter::Outcome outcome = ConfigWriter::save(m_paths.configPath, current.bytes(),
                                                                 current.exists(), document.text().toUtf8());
        if (outcome.status == ConfigWriter::Status::ChangedOnDisk)
            continue; // someone else saved in between: re-read and re-apply
        if (outcome.status == ConfigWriter::Status::Failed) {
            result.error = outcome.error;
            result.config = current;
            return result;
        }
        result.ok = true;
        result.changed = outcome.status == ConfigWriter::Status::Saved;
        result.config = load();
        return result;
    }
    result.error = QStringLiteral("%1 kept changing on disk while saving; nothing was written. Try again.")
                       .arg(m_paths.configPath);
    return result;
}

} // namespace clawdesk
