#include "wizardcontroller.h"

#include "configcontroller.h"
#include "onboarding.h"

#include <QCoreApplication>

namespace clawdesk {

namespace {
WizardController *s_instance = nullptr;

QString methodName(Onboarding::Method method)
{
    switch (method) {
    case Onboarding::Method::OAuth:
        return QStringLiteral("oauth");
    case Onboarding::Method::ApiKey:
        return QStringLiteral("apiKey");
    case Onboarding::Method::Local:
        break;
    }
    return QStringLiteral("local");
}

QVariantMap describe(const Onboarding::Choice &choice)
{
    return {{QStringLiteral("id"), choice.id},
            {QStringLiteral("label"), QCoreApplication::translate("Onboarding", choice.label)},
            {QStringLiteral("hint"), QCoreApplication::translate("Onboarding", choice.hint)},
            {QStringLiteral("group"), choice.group},
            {QStringLiteral("method"), methodName(choice.method)},
            {QStringLiteral("provider"), choice.provider},
            {QStringLiteral("region"),
             choice.region == Onboarding::Region::China ? QStringLiteral("cn") : QStringLiteral("global")}};
}
} // namespace

WizardController::WizardController(ConfigController *config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{}

OpenClawRelease WizardController::release() const
{
    return m_config->snapshot()->release();
}

QVariantList WizardController::choices(const QString &group) const
{
    QVariantList list;
    for (const Onboarding::Choice &choice : Onboarding::offered(release())) {
        if (group.isEmpty() || choice.group == group)
            list.append(describe(choice));
    }
    return list;
}

QVariantMap WizardController::choice(const QString &authChoice) const
{
    const Onboarding::Choice *found = Onboarding::find(authChoice, release());
    return found ? describe(*found) : QVariantMap();
}

QStringList WizardController::modelsFor(const QString &authChoice) const
{
    const Onboarding::Choice *found = Onboarding::find(authChoice, release());
    return found ? Onboarding::models(*found, release()) : QStringList();
}

bool WizardController::applyChoices(Json5Document &document, const QVariantMap &choices,
                                    const OpenClawRelease &release, QString *error)
{
    const Onboarding::Choice *choice =
        Onboarding::find(choices.value(QStringLiteral("authChoice")).toString(), release);
    if (!choice) {
        if (error)
            *error = tr("Choose a provider and an auth method first.");
        return false;
    }
    Onboarding::Options options;
    options.resourceUrl = choices.value(QStringLiteral("resourceUrl")).toString();
    return Onboarding::apply(document, *choice, release, options, error) &&
           Onboarding::applyModelPicker(document, choices.value(QStringLiteral("primary")).toString(),
                                        choices.value(QStringLiteral("pickerModels")).toStringList(), release,
                                        error);
}

QString WizardController::lineDiff(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    // LCS table; config files are small (a few hundred lines).
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QStringList lines;
    QList<bool> changed;
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            lines.append(QStringLiteral("  ") + a[i]);
            changed.append(false);
            ++i, ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            lines.append(QStringLiteral("- ") + a[i++]);
            changed.append(true);
        } else {
            lines.append(QStringLiteral("+ ") + b[j++]);
            changed.append(true);
        }
    }
    if (!changed.contains(true))
        return {};
    QStringList out;
    constexpr int Context = 2;
    const QString Gap = QStringLiteral("  …");
    for (qsizetype k = 0; k < lines.size(); ++k) {
        bool near = false;
        for (qsizetype d = qMax<qsizetype>(0, k - Context); d <= qMin(lines.size() - 1, k + Context); ++d)
            near = near || changed[d];
        if (near)
            out.append(lines[k]);
        else if (out.isEmpty() || out.last() != Gap)
            out.append(Gap);
    }
    return out.join(QLatin1Char('\n'));
}

std::optional<WizardController::Proposal> WizardController::propose(const QVariantMap &choices)
{
    const OpenClawConfig current = m_config->store().load();
    if (current.exists() && !current.parsed()) {
        setLastError(ConfigStore::describeInvalid(current));
        return std::nullopt;
    }
    Proposal proposal;
    proposal.release = ConfigSnapshot::releaseFor(current, m_config->store().paths());
    proposal.document = current.exists() ? current.document() : Json5Document::parse(QStringLiteral("{}\n"));
    proposal.before = current.exists() ? proposal.document.text() : QString();
    QString error;
    if (!applyChoices(proposal.document, choices, proposal.release, &error)) {
        setLastError(error);
        return std::nullopt;
    }
    setLastError({});
    return proposal;
}

QString WizardController::preview(const QVariantMap &choices)
{
    const std::optional<Proposal> proposal = propose(choices);
    return proposal ? lineDiff(proposal->before, proposal->document.text()) : QString();
}

QVariantMap WizardController::outcome(const QVariantMap &choices)
{
    const std::optional<Proposal> proposal = propose(choices);
    if (!proposal)
        return {};
    // Read back from the text the write would save, so the summary names what the file will hold
    // (fallbacks the user did not replace stay).
    const ConfigStore &store = m_config->store();
    const ConfigSnapshotPtr after = ConfigSnapshot::create(
        OpenClawConfig::fromText(proposal->document.text(), store.paths().configPath, store.environment()),
        store.paths(), proposal->release);
    QStringList fallbacks;
    for (const ModelRef &ref : after->selection().fallbacks())
        fallbacks.append(ref.key());
    return {{QStringLiteral("primary"), after->selection().primary().key()},
            {QStringLiteral("fallbacks"), fallbacks}};
}

bool WizardController::apply(const QVariantMap &choices)
{
    const bool ok =
        m_config->applyEdit([&](Json5Document &document, const OpenClawConfig &current, QString *error) {
            return applyChoices(document, choices,
                                ConfigSnapshot::releaseFor(current, m_config->store().paths()), error);
        });
    setLastError(ok ? QString() : m_config->lastError());
    return ok;
}

void WizardController::setLastError(const QString &error)
{
    if (m_lastError == error)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

void WizardController::setInstance(WizardController *instance)
{
    s_instance = instance;
}

WizardController *WizardController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace clawdesk
