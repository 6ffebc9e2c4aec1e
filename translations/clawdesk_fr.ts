<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>Connectez vos outils</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk écrit les propres paramètres de chaque outil pour qu’il utilise cette Gateway. Annuler remet le fichier exactement dans son état d’origine.</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>Connecté. L’outil utilisera la Gateway à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>Les paramètres de %1 sont revenus à leur état d’origine.</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Annulation impossible : %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>Remplacé par une variable du shell</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>Connecter %1 à la Gateway</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>Annuler la connexion de %1</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>Cette modification sera écrite (le jeton est abrégé ici) :</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>Modification à écrire</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>Écrire la modification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
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
        <source>Start gateway</source>
        <translation>Démarrer la Gateway</translation>
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
        <source>Regenerate gateway token</source>
        <translation>Régénérer le jeton de la Gateway</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>Le port, la liaison et le jeton s’appliquent au prochain démarrage de la Gateway.</translation>
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
        <source>Restarting the gateway…</source>
        <translation>Redémarrage de la Gateway…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>Ce que chaque outil a demandé, quel modèle a répondu et pourquoi un modèle de secours a été utilisé. Sélectionnez une requête pour voir ses tentatives.</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>Aucune requête pour l’instant</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>Dirigez un outil vers la Gateway (voir ci-dessous) ; ses requêtes apparaîtront ici.</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Démarrez la Gateway, puis dirigez un outil vers elle ; ses requêtes apparaîtront ici.</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 a demandé %3</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>Tentative %1 : %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>Servie par %1 : statut %2, %3 ms, %4 jetons en entrée / %5 en sortie, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>Refusée avec le statut %1 : %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>Liste des requêtes vidée (les totaux d’utilisation les conservent).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>Régénérer le jeton</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>Nouveau jeton enregistré ; il s’applique au redémarrage de la Gateway.</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>Nouveau jeton enregistré.</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>Adapté pour le provider : %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>Configuration manuelle</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>Pour les outils que ClawDesk ne configure pas lui-même : collez ces paramètres.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
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
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>Clé API pour %1 enregistrée : %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>Connecté à MiniMax.</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>Provider %1 enregistré.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>Aucun modèle pour l’instant : ajoutez les ID proposés par le serveur.</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>ID du modèle, p. ex. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>ID du modèle à ajouter à %1</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>Ajouter un modèle à %1</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>Modèle %1 ajouté à %2.</translation>
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
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>Supprimer l’alias %1 ?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Supprimer l’alias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Haut et Ctrl+Bas déplacent le modèle de secours sélectionné ; Suppr le retire.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
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
        <source>Start gateway</source>
        <translation>Démarrer la Gateway</translation>
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
        <source>Config file</source>
        <translation>Fichier de configuration</translation>
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
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Ouvrir la page Gateway</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>Impossible de corriger : %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>Ajouter une clé…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 a échoué (%3), essai de %4</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 vers %3, statut %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>non servie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>Demandé → servi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>Latence</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>Basculement</translation>
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
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>Utilisation par jour</translation>
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
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Par modèle</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>Par provider</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>Empiler les barres</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>Aucune requête sur cette période</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>L’utilisation apparaît ici à mesure que la Gateway sert des requêtes.</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>Utilisation par provider</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>Utilisation par modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
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
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (local)</translation>
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
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>Modèles de secours</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (recommandé)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>Saisissez votre clé API. Elle est stockée dans le trousseau du système (s’il y en a un) et dans le propre stockage d’identifiants d’OpenClaw, jamais dans openclaw.json.</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway arrêtée</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Démarrage de la Gateway…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway active sur le port %1</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Échec du démarrage de la Gateway</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>Les outils dirigés vers ClawDesk ne peuvent pas se connecter tant que vous ne démarrez pas la Gateway.</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>Rien de servi pour l’instant</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>Dernière requête servie par le modèle de secours %1 à %2</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>Dernière requête servie par %1 à %2</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>Pas encore d’openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json est valide</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json est valide, avec %n avertissement</numerusform>
            <numerusform>openclaw.json est valide, avec %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>Impossible d’analyser openclaw.json</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json contient des erreurs qu’OpenClaw refuserait</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1 : connexion expirée, reconnectez-vous</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1 : clé issue de %2</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1 : connecté</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1 : clé dans le profil d’authentification %2</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1 : clé dans openclaw.json</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1 : serveur local, aucune clé nécessaire</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1 : ni clé API ni connexion</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>Connexion expirée : ouvrez ClawDesk pour vous reconnecter</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json doit être corrigé : %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Échec du démarrage de la Gateway : %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway active ; dernière requête servie par le modèle de secours %1</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de débit atteinte</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>connexion impossible</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>clé refusée</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>facturation ou quota</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>surchargé</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>erreur du provider</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modèle inconnu</translation>
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
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>Aucun modèle n’a pu répondre : la connexion a échoué pour chaque candidat.</translation>
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
        <source>Alias %1 already points to %2.</source>
        <translation>L’alias %1 pointe déjà vers %2.</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json a changé entre-temps ; rien n’a été annulé.</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>La version précédente est illisible ; rien n’a été annulé.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>Modèle principal défini sur %1.</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>Alias %1 ajouté.</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>Alias %1 supprimé.</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>le modèle principal</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>secours n° %1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 est utilisé par %2. Le supprimer y écrit %3 à la place, pour que la chaîne garde le même modèle.</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>Alias %1 renommé en %2.</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 ajouté à la chaîne de secours.</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>Modèle de secours %1 supprimé.</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>Chaîne de secours réordonnée.</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>Chaîne de secours vidée.</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>Outil inconnu : %1</translation>
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
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>la connexion sécurisée a échoué</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>le nom d’hôte est introuvable</translation>
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
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>Connecté : profil %1 dans le stockage d’identifiants d’OpenClaw (%2).</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>Connecté : profil %1 dans un ancien auth-profiles.json resté en place (%2) ; exécutez openclaw doctor --fix pour le déplacer dans le stockage d’identifiants d’OpenClaw.</translation>
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
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk reste dans la zone de notification ; la Gateway n’est pas active. Utilisez l’icône de la zone de notification pour ouvrir ClawDesk, démarrer la Gateway ou quitter.</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 est de nouveau essayé en premier.</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>Échec du modèle principal</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 a échoué (%2) ; essai de %3.</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Aucune requête</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 jetons · %n requête</numerusform>
            <numerusform>%1 · %2 jetons · %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1 k</translation>
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
