<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>Tester la connexion à %1</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>GatewayPage</name>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Gateway not available in this build.</source>
        <translation>La Gateway n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Démarrer la Gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Arrêter la Gateway</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Redémarrer la Gateway</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Port de la Gateway</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Adresse de liaison de la Gateway</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>jeton de la Gateway</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>Régénérer le jeton de la Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Le port, la liaison et le jeton s’appliquent au prochain démarrage de la Gateway.</translation>
    </message>
    <message>
        <source>Connect your tools</source>
        <translation>Connectez vos outils</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (compatible OpenAI)</translation>
    </message>
    <message>
        <source>OpenClaw</source>
        <translation>OpenClaw</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Recent requests</source>
        <translation>Requêtes récentes</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Aucune requête pour l’instant.</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</source>
        <translation>%1  %2 → %3  %4  %5 ms  %6/%7 tok  %8</translation>
    </message>
    <message>
        <source>failover</source>
        <translation>secours</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Configurer…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>Ouvrir l’assistant de configuration</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>Aucune zone de notification : fermer la fenêtre quitte ClawDesk et arrête la Gateway.</translation>
    </message>
</context>
<context>
    <name>ModelAuthPage</name>
    <message>
        <source>Model/auth</source>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Connexion Coding Plan (OAuth) ou clé API. Lightning est la variante la plus rapide, avec un prix de sortie plus élevé.</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth : %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>Se connecter avec MiniMax (international)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>Se connecter (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>Se connecter avec MiniMax (Chine)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>Demande d’un code à MiniMax…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>Ouvrez cette page et saisissez le code :</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>Code de connexion %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Le code expire dans %1:%2</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>Clé API : %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>Clé API MiniMax</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>Enregistrer la clé API MiniMax</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Clé API Anthropic (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clé API Anthropic</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Enregistrer la clé API Anthropic</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatible OpenAI</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>Tout serveur qui parle l’API OpenAI, sous l’identifiant de provider de votre choix.</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID du provider</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>Type d’API</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>Enregistrer le provider</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>Modèles exécutés sur cet ordinateur. Aucune clé requise ; rien ne quitte votre machine.</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>URL de base de LM Studio</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>Détecter les modèles</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>La modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>Rechercher des modèles, noms ou alias</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>Tout le catalogue</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>Afficher tous les modèles du catalogue</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>Liste des modèles</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>contexte %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>auth ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>sans auth</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>secours n° %1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>Définir comme principal</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>Faire de %1 le modèle principal</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>Ajouter en secours</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>Ajouter %1 comme modèle de secours</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>Chaîne de secours</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>Essayés dans cet ordre si le modèle principal échoue. Faites glisser pour réordonner, ou utilisez Ctrl+Haut/Bas.</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>Secours %1 : %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>Retirer le secours %1</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>Aucun secours : les requêtes échouent si le modèle principal échoue.</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>Modèle à ajouter en secours</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>Ajouter un secours</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>Noms courts à saisir à la place de provider/modèle.</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>Alias de %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>Renommer l’alias %1</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>Supprimer l’alias %1</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>Modèle du nouvel alias</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>nouvel alias</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Nouvel alias</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Ajouter un alias</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>Indisponible dans cette version</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse: %1</source>
        <translation>Impossible d’analyser openclaw.json : %1</translation>
    </message>
    <message>
        <source>openclaw.json has problems OpenClaw would reject: %1</source>
        <translation>openclaw.json contient des erreurs qu’OpenClaw refuserait : %1</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>Pas encore de openclaw.json dans %1.</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Configurer…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>La Gateway continue avec la dernière configuration valide.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Port %1 · up %2</source>
        <translation>Port %1 · active depuis %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Démarrer la Gateway</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Arrêter la Gateway</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Serving now</source>
        <translation>Modèle actif</translation>
    </message>
    <message>
        <source>Model serving now: %1</source>
        <translation>Modèle actif : %1</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>Chaîne configurée</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>Modifier les modèles…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>Modifier les modèles</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>Coût : %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>Basculements récents</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Aucun pour l’instant.</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  retour à %2</translation>
    </message>
    <message>
        <source>%1  %2 → %3 (%4)</source>
        <translation>%1  %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Not created yet</source>
        <translation>Pas encore créé</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Ouvrir openclaw.json dans l’éditeur</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan : %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Quota Coding Plan indisponible : %1</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>Démarrage et zone de notification</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>Lancer ClawDesk à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>M’avertir quand la Gateway bascule sur un secours et quand elle revient</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>Ce bureau n’a pas de zone de notification : ClawDesk se ferme avec sa fenêtre.</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>Configuration OpenClaw</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>Laissez vide pour utiliser le fichier d’OpenClaw lui-même. Prend effet après un redémarrage.</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>Chemin du fichier de configuration</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>Ouvrir openclaw.json dans l’éditeur</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 jetons · %n requête</numerusform>
            <numerusform>%1 · %2 jetons · %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage per day</source>
        <translation>Utilisation par jour</translation>
    </message>
    <message>
        <source>No requests in this period. Usage appears here as the gateway serves requests.</source>
        <translation>Aucune requête sur cette période. L’utilisation s’affiche ici à mesure que la Gateway traite des requêtes.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 tokens, %n request(s)</source>
        <translation>
            <numerusform>%1 : %2, %3 jetons, %n requête</numerusform>
            <numerusform>%1 : %2, %3 jetons, %n requêtes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>Méthode d’auth</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>Sélecteur de modèles</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>Assistant de configuration</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>Configurer OpenClaw</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Provider Model/auth</translation>
    </message>
    <message>
        <source>MiniMax — M2.1 (recommended)</source>
        <translation>MiniMax — M2.1 (recommandé)</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (local)</translation>
    </message>
    <message>
        <source>MiniMax OAuth — Global</source>
        <translation>MiniMax OAuth — International</translation>
    </message>
    <message>
        <source>OAuth for international users</source>
        <translation>OAuth pour les utilisateurs hors de Chine</translation>
    </message>
    <message>
        <source>MiniMax OAuth — CN</source>
        <translation>MiniMax OAuth — CN</translation>
    </message>
    <message>
        <source>OAuth for users in China</source>
        <translation>OAuth pour les utilisateurs en Chine</translation>
    </message>
    <message>
        <source>MiniMax M2.1 — API key</source>
        <translation>MiniMax M2.1 — clé API</translation>
    </message>
    <message>
        <source>MiniMax M2.1 Lightning — API key</source>
        <translation>MiniMax M2.1 Lightning — clé API</translation>
    </message>
    <message>
        <source>Faster, higher output cost</source>
        <translation>Plus rapide, sortie plus chère</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clé API Anthropic</translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation>LM Studio sur cet ordinateur</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (or OpenClaw&apos;s auth-profiles.json when there is none), never in openclaw.json.</source>
        <translation>Saisissez votre clé API. Elle est stockée dans le trousseau du système (ou, à défaut, dans le auth-profiles.json d’OpenClaw), jamais dans openclaw.json.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>Enregistrer la clé API</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>Connectez-vous avec votre compte MiniMax dans le navigateur.</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>Aucune connexion requise. Démarrez le serveur local de LM Studio (Developer → Start server).</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>Modèles du sélecteur /model. En plus du modèle par défaut, ceux que vous cochez deviennent des secours, dans cet ordre.</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Proposer %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>Ces modifications seront écrites dans %1 :</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>Modifications de openclaw.json</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Annuler l’assistant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>Écrire openclaw.json</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan : %1 prompts restants sur %2</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan : %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias not found: %1</source>
        <translation>Alias introuvable : %1</translation>
    </message>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>L’alias %1 pointe déjà vers %2.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 n’est pas encore configuré dans openclaw.json : enregistrez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 ne contient aucun modèle : ajoutez-en un pour le tester.</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>L’API « %1 » ne peut pas être testée ici ; utilisez anthropic-messages, openai-completions ou openai-responses.</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>Aucune clé API pour %1 : ajoutez-en une sur cette page ou connectez-vous.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>Impossible de joindre %1 : %2. Vérifiez l’URL de base et que le serveur est démarré.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Connecté : %1 a répondu en %2 ms.</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>Vérifiez la clé API (ou reconnectez-vous).</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>Vérifiez l’URL de base et l’ID du modèle.</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>Limite de débit atteinte ou quota épuisé : réessayez plus tard ou ajoutez un modèle de secours.</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>Le provider rencontre un problème : réessayez plus tard ou ajoutez un modèle de secours.</translation>
    </message>
    <message>
        <source>Connection tests need the gateway, which this build does not include.</source>
        <translation>Les tests de connexion nécessitent la Gateway, absente de cette version.</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>Absent de la liste des modèles autorisés : OpenClaw ignore ce secours sans prévenir.</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>Aucun identifiant pour ce provider : ce secours échouera.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>Connecté : profil %1 dans le auth-profiles.json d’OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>Clé issue de la variable d’environnement %1 (non stockée par ClawDesk).</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>Clé écrite dans openclaw.json (%1). La déplacer dans le trousseau est plus sûr.</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>Aucune clé pour l’instant.</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>Saisissez l’URL de base, p. ex. http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>L’URL de base doit commencer par http:// ou https://</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>L’URL de base doit contenir un nom d’hôte.</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>Saisissez un ID de provider, p. ex. my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>Utilisez des minuscules, chiffres, points, tirets bas ou tirets.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé API.</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>Aucun stockage d’identifiants disponible.</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>Le serveur n’a pas renvoyé de liste de modèles.</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>Impossible de joindre LM Studio : %1. Son serveur est-il démarré ?</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>semaine</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 : %2% restants</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Connexion expirée : ouvrez ClawDesk pour vous reconnecter</translation>
    </message>
    <message>
        <source>Gateway not available in this build</source>
        <translation>Gateway indisponible dans cette version</translation>
    </message>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway arrêtée</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Démarrage de la Gateway…</translation>
    </message>
    <message>
        <source>Gateway error: %1</source>
        <translation>Erreur de la Gateway : %1</translation>
    </message>
    <message>
        <source>Serving fallback %1</source>
        <translation>Secours %1 actif</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway active sur le port %1</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Démarrer la Gateway</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Arrêter la Gateway</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Redémarrer la Gateway</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>Ouvrir ClawDesk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk est toujours actif</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>La Gateway reste active en arrière-plan. Utilisez l’icône de la zone de notification pour ouvrir ClawDesk ou quitter.</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>Retour au modèle principal</translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation>%1 répond de nouveau.</translation>
    </message>
    <message>
        <source>Switched to a fallback model</source>
        <translation>Bascule sur un modèle de secours</translation>
    </message>
    <message>
        <source>%1 failed (%2); now serving %3.</source>
        <translation>%1 a échoué (%2) ; %3 prend le relais.</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>Choisissez d’abord un provider et une méthode d’auth.</translation>
    </message>
</context>
</TS>
