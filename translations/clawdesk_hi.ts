<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ConnectToolsCard</name>
    <message>
        <source>Connect your tools</source>
        <translation>अपने टूल कनेक्ट करें</translation>
    </message>
    <message>
        <source>ClawDesk writes each tool&apos;s own settings so it uses this gateway. Undo puts the file back exactly as it was.</source>
        <translation>ClawDesk हर टूल की अपनी सेटिंग्स लिखता है ताकि वह इस Gateway का उपयोग करे। पूर्ववत करने पर फ़ाइल ठीक वैसी ही हो जाती है जैसी पहले थी।</translation>
    </message>
    <message>
        <source>Connected. The tool uses the gateway the next time it starts.</source>
        <translation>कनेक्ट हो गया। टूल अगली बार शुरू होने पर Gateway का उपयोग करेगा।</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>कनेक्ट नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>%1&apos;s settings are back as they were.</source>
        <translation>%1 की सेटिंग्स पहले जैसी हो गई हैं।</translation>
    </message>
    <message>
        <source>Cannot undo: %1</source>
        <translation>पूर्ववत नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>कनेक्ट है</translation>
    </message>
    <message>
        <source>Overridden by a shell variable</source>
        <translation>शेल वेरिएबल द्वारा ओवरराइड किया गया</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>कनेक्ट करें</translation>
    </message>
    <message>
        <source>Connect %1 to the gateway</source>
        <translation>%1 को Gateway से कनेक्ट करें</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Undo connecting %1</source>
        <translation>%1 का कनेक्शन पूर्ववत करें</translation>
    </message>
    <message>
        <source>This change will be written (the token is shortened here):</source>
        <translation>यह बदलाव लिखा जाएगा (यहाँ टोकन छोटा करके दिखाया गया है):</translation>
    </message>
    <message>
        <source>Change to be written</source>
        <translation>लिखा जाने वाला बदलाव</translation>
    </message>
    <message>
        <source>Write the change</source>
        <translation>बदलाव लिखें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Test connection</source>
        <translation>कनेक्शन जाँचें</translation>
    </message>
    <message>
        <source>Test the connection to %1</source>
        <translation>%1 से कनेक्शन जाँचें</translation>
    </message>
</context>
<context>
    <name>CopyableSnippet</name>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 कॉपी करें</translation>
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
        <translation>Gateway शुरू करें</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway रोकें</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>रीस्टार्ट करें</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Gateway रीस्टार्ट करें</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Gateway port</source>
        <translation>Gateway पोर्ट</translation>
    </message>
    <message>
        <source>Bind</source>
        <extracomment>Network address the gateway listens on</extracomment>
        <translation>बाइंड</translation>
    </message>
    <message>
        <source>Gateway bind address</source>
        <translation>Gateway बाइंड पता</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>gateway token</source>
        <translation>Gateway टोकन</translation>
    </message>
    <message>
        <source>Regenerate gateway token</source>
        <translation>नया Gateway टोकन बनाएँ</translation>
    </message>
    <message>
        <source>Port, bind and token apply the next time the gateway starts.</source>
        <translation>पोर्ट, बाइंड और टोकन अगली बार Gateway शुरू होने पर लागू होंगे।</translation>
    </message>
    <message>
        <source>Claude Code</source>
        <translation>Claude Code</translation>
    </message>
    <message>
        <source>Cline / Roo Code / Kilo Code (OpenAI compatible)</source>
        <translation>Cline / Roo Code / Kilo Code (OpenAI-संगत)</translation>
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
        <translation>Gateway रीस्टार्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>What each tool asked for, which model answered, and why a fallback was used. Select a request to see its attempts.</source>
        <translation>हर टूल ने क्या माँगा, किस मॉडल ने जवाब दिया और फ़ॉलबैक क्यों इस्तेमाल हुआ। किसी अनुरोध के प्रयास देखने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>No requests yet</source>
        <translation>अभी तक कोई अनुरोध नहीं</translation>
    </message>
    <message>
        <source>Point a tool at the gateway (see below); its requests appear here.</source>
        <translation>किसी टूल को Gateway की ओर इंगित करें (नीचे देखें); उसके अनुरोध यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <source>Start the gateway, then point a tool at it; its requests appear here.</source>
        <translation>Gateway शुरू करें, फिर किसी टूल को उसकी ओर इंगित करें; उसके अनुरोध यहाँ दिखेंगे।</translation>
    </message>
    <message>
        <source>%1 · %2 asked for %3</source>
        <translation>%1 · %2 ने %3 माँगा</translation>
    </message>
    <message>
        <source>Attempt %1: %2 — %3</source>
        <translation>प्रयास %1: %2 — %3</translation>
    </message>
    <message>
        <source>Served by %1: status %2, %3 ms, %4 in / %5 out tokens, %6</source>
        <translation>%1 ने जवाब दिया: स्थिति %2, %3 ms, %4 इनपुट / %5 आउटपुट टोकन, %6</translation>
    </message>
    <message>
        <source>Refused with status %1: %2</source>
        <translation>स्थिति %1 के साथ अस्वीकार: %2</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>सूची साफ़ करें</translation>
    </message>
    <message>
        <source>Request list cleared (usage totals keep them).</source>
        <translation>अनुरोध सूची साफ़ की गई (उपयोग के कुल योग में वे बने रहते हैं)।</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Regenerate token</source>
        <translation>टोकन नया बनाएँ</translation>
    </message>
    <message>
        <source>New token saved; it applies when the gateway restarts.</source>
        <translation>नया टोकन सहेजा गया; यह Gateway के रीस्टार्ट होने पर लागू होगा।</translation>
    </message>
    <message>
        <source>New token saved.</source>
        <translation>नया टोकन सहेजा गया।</translation>
    </message>
    <message>
        <source>Translated for the provider: %1</source>
        <translation>प्रदाता के लिए रूपांतरित: %1</translation>
    </message>
    <message>
        <source>Manual setup</source>
        <translation>मैन्युअल सेटअप</translation>
    </message>
    <message>
        <source>For tools ClawDesk does not configure itself: paste these settings.</source>
        <translation>उन टूल के लिए जिन्हें ClawDesk स्वयं कॉन्फ़िगर नहीं करता: ये सेटिंग्स पेस्ट करें।</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>संदेश बंद करें</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>Model/auth</source>
        <extracomment>Sidebar page for choosing providers and signing in</extracomment>
        <translation>Model/auth</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>उपयोग</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>ClawDesk</source>
        <translation>ClawDesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>कॉन्फ़िगर करें…</translation>
    </message>
    <message>
        <source>Open the configure wizard</source>
        <translation>कॉन्फ़िगरेशन विज़ार्ड खोलें</translation>
    </message>
    <message>
        <source>No system tray found: closing the window quits ClawDesk and stops the gateway.</source>
        <translation>सिस्टम ट्रे नहीं मिली: विंडो बंद करने पर ClawDesk बंद हो जाएगा और Gateway रुक जाएगा।</translation>
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
        <translation>सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>MiniMax</source>
        <translation>MiniMax</translation>
    </message>
    <message>
        <source>Coding Plan sign-in (OAuth) or an API key. Lightning is the faster variant with a higher output price.</source>
        <translation>Coding Plan से साइन इन (OAuth) या API कुंजी। Lightning तेज़ संस्करण है, जिसकी आउटपुट कीमत अधिक है।</translation>
    </message>
    <message>
        <source>OAuth: %1</source>
        <translation>OAuth: %1</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (Global)</source>
        <translation>MiniMax से साइन इन करें (Global)</translation>
    </message>
    <message>
        <source>Sign in (CN)</source>
        <extracomment>MiniMax&apos;s endpoint for users in mainland China</extracomment>
        <translation>साइन इन करें (CN)</translation>
    </message>
    <message>
        <source>Sign in with MiniMax (China)</source>
        <translation>MiniMax से साइन इन करें (चीन)</translation>
    </message>
    <message>
        <source>Asking MiniMax for a code…</source>
        <translation>MiniMax से कोड माँगा जा रहा है…</translation>
    </message>
    <message>
        <source>Open this page and enter the code:</source>
        <translation>यह पेज खोलें और कोड दर्ज करें:</translation>
    </message>
    <message>
        <source>Sign-in code %1</source>
        <translation>साइन-इन कोड %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>कोड कॉपी करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>साइन इन रद्द करें</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>कोड %1:%2 में समाप्त हो जाएगा</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>साइन इन हो गया।</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API कुंजी: %1</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax API कुंजी</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>कुंजी सहेजें</translation>
    </message>
    <message>
        <source>Save MiniMax API key</source>
        <translation>MiniMax API कुंजी सहेजें</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Anthropic API key (sk-ant-…)</source>
        <translation>Anthropic API कुंजी (sk-ant-…)</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API कुंजी</translation>
    </message>
    <message>
        <source>Save Anthropic API key</source>
        <translation>Anthropic API कुंजी सहेजें</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-संगत</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API, under a provider id of your choice.</source>
        <translation>OpenAI API समझने वाला कोई भी सर्वर, आपकी चुनी हुई प्रदाता ID के साथ।</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>प्रदाता ID</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <source>API</source>
        <extracomment>Wire protocol of the provider</extracomment>
        <translation>API</translation>
    </message>
    <message>
        <source>API kind</source>
        <translation>API प्रकार</translation>
    </message>
    <message>
        <source>Save provider</source>
        <translation>प्रदाता सहेजें</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Models running on this computer. No key is needed; nothing leaves your machine.</source>
        <translation>इस कंप्यूटर पर चलने वाले मॉडल। कोई कुंजी नहीं चाहिए; कुछ भी आपकी मशीन से बाहर नहीं जाता।</translation>
    </message>
    <message>
        <source>LM Studio base URL</source>
        <translation>LM Studio बेस URL</translation>
    </message>
    <message>
        <source>Discover models</source>
        <translation>मॉडल खोजें</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 का उपयोग करें</translation>
    </message>
    <message>
        <source>API key for %1 saved: %2</source>
        <translation>%1 की API कुंजी सहेजी गई: %2</translation>
    </message>
    <message>
        <source>Signed in to MiniMax.</source>
        <translation>MiniMax में साइन इन हो गया।</translation>
    </message>
    <message>
        <source>Provider %1 saved.</source>
        <translation>प्रदाता %1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>No models yet: add the ids the server offers.</source>
        <translation>अभी कोई मॉडल नहीं: सर्वर जो ID देता है, उन्हें जोड़ें।</translation>
    </message>
    <message>
        <source>model id, e.g. gpt-4o-mini</source>
        <translation>मॉडल ID, जैसे gpt-4o-mini</translation>
    </message>
    <message>
        <source>Model id to add to %1</source>
        <translation>%1 में जोड़ने के लिए मॉडल ID</translation>
    </message>
    <message>
        <source>Add model</source>
        <translation>मॉडल जोड़ें</translation>
    </message>
    <message>
        <source>Add model to %1</source>
        <translation>%1 में मॉडल जोड़ें</translation>
    </message>
    <message>
        <source>Model %1 added to %2.</source>
        <translation>मॉडल %1 को %2 में जोड़ा गया।</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>बदलाव सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>Search models, names or aliases</source>
        <translation>मॉडल, नाम या उपनाम खोजें</translation>
    </message>
    <message>
        <source>Search models</source>
        <translation>मॉडल खोजें</translation>
    </message>
    <message>
        <source>Show all catalog</source>
        <translation>पूरा कैटलॉग दिखाएँ</translation>
    </message>
    <message>
        <source>Show all catalog models</source>
        <translation>कैटलॉग के सभी मॉडल दिखाएँ</translation>
    </message>
    <message>
        <source>Model list</source>
        <translation>मॉडल सूची</translation>
    </message>
    <message>
        <source>context %1</source>
        <translation>संदर्भ %1</translation>
    </message>
    <message>
        <source>auth ✓</source>
        <translation>प्रमाणीकरण ✓</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>प्रमाणीकरण नहीं</translation>
    </message>
    <message>
        <source>local</source>
        <translation>लोकल</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>उपनाम %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>अनुपलब्ध</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <extracomment>Position in the fallback chain, e.g. &quot;fallback #2&quot;</extracomment>
        <translation>फ़ॉलबैक #%1</translation>
    </message>
    <message>
        <source>Make primary</source>
        <translation>प्राथमिक बनाएँ</translation>
    </message>
    <message>
        <source>Make %1 the primary model</source>
        <translation>%1 को प्राथमिक मॉडल बनाएँ</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>प्राथमिक</translation>
    </message>
    <message>
        <source>Add as fallback</source>
        <translation>फ़ॉलबैक के रूप में जोड़ें</translation>
    </message>
    <message>
        <source>Add %1 as a fallback</source>
        <translation>%1 को फ़ॉलबैक के रूप में जोड़ें</translation>
    </message>
    <message>
        <source>Fallback chain</source>
        <translation>फ़ॉलबैक क्रम</translation>
    </message>
    <message>
        <source>Tried in this order when the primary fails. Drag to reorder, or use Ctrl+Up/Down.</source>
        <translation>प्राथमिक मॉडल विफल होने पर इसी क्रम में आज़माए जाते हैं। क्रम बदलने के लिए खींचें या Ctrl+Up/Down दबाएँ।</translation>
    </message>
    <message>
        <source>Fallback %1: %2</source>
        <translation>फ़ॉलबैक %1: %2</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 को ऊपर ले जाएँ</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 को नीचे ले जाएँ</translation>
    </message>
    <message>
        <source>Remove fallback %1</source>
        <translation>फ़ॉलबैक %1 हटाएँ</translation>
    </message>
    <message>
        <source>No fallbacks: requests fail when the primary fails.</source>
        <translation>कोई फ़ॉलबैक नहीं: प्राथमिक मॉडल विफल होने पर अनुरोध भी विफल होंगे।</translation>
    </message>
    <message>
        <source>Model to add as fallback</source>
        <translation>फ़ॉलबैक के रूप में जोड़ने के लिए मॉडल</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Add fallback</source>
        <translation>फ़ॉलबैक जोड़ें</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Short names you can type instead of provider/model.</source>
        <translation>छोटे नाम, जिन्हें आप प्रदाता/मॉडल की जगह टाइप कर सकते हैं।</translation>
    </message>
    <message>
        <source>Alias for %1</source>
        <translation>%1 का उपनाम</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <source>Rename alias %1</source>
        <translation>उपनाम %1 का नाम बदलें</translation>
    </message>
    <message>
        <source>Remove alias %1</source>
        <translation>उपनाम %1 हटाएँ</translation>
    </message>
    <message>
        <source>Model for the new alias</source>
        <translation>नए उपनाम का मॉडल</translation>
    </message>
    <message>
        <source>new alias</source>
        <translation>नया उपनाम</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>नया उपनाम</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>उपनाम जोड़ें</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Remove alias %1?</source>
        <translation>उपनाम %1 हटाएँ?</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>उपनाम हटाएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected fallback; Delete removes it.</source>
        <translation>Ctrl+Up और Ctrl+Down चुने गए फ़ॉलबैक को खिसकाते हैं; Delete उसे हटाता है।</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>एडिटर में खोलें</translation>
    </message>
    <message>
        <source>No openclaw.json yet at %1.</source>
        <translation>%1 पर अभी कोई openclaw.json नहीं है।</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>सेट अप करें…</translation>
    </message>
    <message>
        <source>The gateway keeps serving the last good config.</source>
        <translation>Gateway पिछली सही कॉन्फ़िगरेशन से काम करता रहेगा।</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Start gateway</source>
        <translation>Gateway शुरू करें</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway रोकें</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Configured chain</source>
        <translation>कॉन्फ़िगर किया गया क्रम</translation>
    </message>
    <message>
        <source>Edit models…</source>
        <translation>मॉडल संपादित करें…</translation>
    </message>
    <message>
        <source>Edit models</source>
        <translation>मॉडल संपादित करें</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n अनुरोध</numerusform>
            <numerusform>%n अनुरोध</numerusform>
        </translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <extracomment>Money spent today, in US dollars</extracomment>
        <translation>लागत: %1</translation>
    </message>
    <message>
        <source>Recent failovers</source>
        <translation>हाल के फ़ेलओवर</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>अभी तक कोई नहीं।</translation>
    </message>
    <message>
        <source>%1  back to %2</source>
        <translation>%1  वापस %2 पर</translation>
    </message>
    <message>
        <source>Config file</source>
        <translation>कॉन्फ़िग फ़ाइल</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json को एडिटर में खोलें</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <extracomment>MiniMax Coding Plan quota windows, e.g. &quot;5h 63% left ⏱2h 10m · week 88% left&quot;</extracomment>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>Coding Plan quota unavailable: %1</source>
        <translation>Coding Plan कोटा उपलब्ध नहीं: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>विवरण…</translation>
    </message>
    <message>
        <source>Open the Gateway page</source>
        <translation>Gateway पेज खोलें</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>ठीक किया गया: %1</translation>
    </message>
    <message>
        <source>Could not fix it: %1</source>
        <translation>ठीक नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>क्रेडेंशियल</translation>
    </message>
    <message>
        <source>Add a key…</source>
        <translation>कुंजी जोड़ें…</translation>
    </message>
    <message>
        <source>%1  %2 failed (%3), tried %4</source>
        <translation>%1  %2 विफल (%3), %4 आज़माया गया</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>%1, %2 to %3, status %4</source>
        <translation>%1, %2 से %3, स्थिति %4</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>जवाब नहीं मिला</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>क्लाइंट</translation>
    </message>
    <message>
        <source>Requested → served</source>
        <translation>माँगा गया → जवाब देने वाला</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Latency</source>
        <extracomment>Column header: how long the request took</extracomment>
        <translation>विलंब</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>Failover</source>
        <extracomment>Column header: why the gateway moved on to a fallback model</extracomment>
        <translation>फ़ेलओवर</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 छिपाएँ</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 दिखाएँ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 कॉपी करें</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम भाषा</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Colour theme of the window</extracomment>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>लाइट</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>डार्क</translation>
    </message>
    <message>
        <source>Startup and tray</source>
        <translation>स्टार्टअप और ट्रे</translation>
    </message>
    <message>
        <source>Start ClawDesk when I log in</source>
        <translation>लॉग इन करने पर ClawDesk शुरू करें</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>ट्रे में छोटा करके शुरू करें</translation>
    </message>
    <message>
        <source>Notify me when the gateway switches to a fallback and back</source>
        <translation>जब Gateway फ़ॉलबैक पर जाए और वापस आए, तो मुझे सूचित करें</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop, so ClawDesk quits when its window is closed.</source>
        <translation>इस डेस्कटॉप पर सिस्टम ट्रे उपलब्ध नहीं है, इसलिए विंडो बंद करने पर ClawDesk बंद हो जाता है।</translation>
    </message>
    <message>
        <source>OpenClaw config</source>
        <translation>OpenClaw कॉन्फ़िग</translation>
    </message>
    <message>
        <source>Leave empty to use the file OpenClaw itself uses. Takes effect after a restart.</source>
        <translation>OpenClaw जो फ़ाइल इस्तेमाल करता है वही इस्तेमाल करने के लिए खाली छोड़ें। रीस्टार्ट के बाद लागू होगा।</translation>
    </message>
    <message>
        <source>Config file path</source>
        <translation>कॉन्फ़िग फ़ाइल का पाथ</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>एडिटर में खोलें</translation>
    </message>
    <message>
        <source>Open openclaw.json in editor</source>
        <translation>openclaw.json को एडिटर में खोलें</translation>
    </message>
</context>
<context>
    <name>ToastHost</name>
    <message>
        <source>Dismiss</source>
        <translation>ख़ारिज करें</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Usage per day</source>
        <translation>प्रतिदिन उपयोग</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>उपयोग</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>माप</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>पिछले 90 दिन</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>मॉडल के अनुसार</translation>
    </message>
    <message>
        <source>By provider</source>
        <translation>प्रदाता के अनुसार</translation>
    </message>
    <message>
        <source>Stack the bars</source>
        <translation>बार को समूहित करें</translation>
    </message>
    <message>
        <source>No requests in this period</source>
        <translation>इस अवधि में कोई अनुरोध नहीं</translation>
    </message>
    <message>
        <source>Usage appears here as the gateway serves requests.</source>
        <translation>Gateway के अनुरोध संभालने पर उपयोग यहाँ दिखेगा।</translation>
    </message>
    <message>
        <source>Usage by provider</source>
        <translation>प्रदाता के अनुसार उपयोग</translation>
    </message>
    <message>
        <source>Usage by model</source>
        <translation>मॉडल के अनुसार उपयोग</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>Auth method</source>
        <translation>प्रमाणीकरण विधि</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>डिफ़ॉल्ट मॉडल</translation>
    </message>
    <message>
        <source>Model picker</source>
        <translation>मॉडल पिकर</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>Configure wizard</source>
        <translation>कॉन्फ़िगरेशन विज़ार्ड</translation>
    </message>
    <message>
        <source>Set up OpenClaw</source>
        <translation>OpenClaw सेट अप करें</translation>
    </message>
    <message>
        <source>Model/auth provider</source>
        <translation>Model/auth प्रदाता</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>LM Studio (local)</source>
        <translation>LM Studio (लोकल)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>कुंजी सहेजें</translation>
    </message>
    <message>
        <source>Save API key</source>
        <translation>API कुंजी सहेजें</translation>
    </message>
    <message>
        <source>Sign in with your MiniMax account in the browser.</source>
        <translation>ब्राउज़र में अपने MiniMax खाते से साइन इन करें।</translation>
    </message>
    <message>
        <source>Start sign-in</source>
        <translation>साइन इन शुरू करें</translation>
    </message>
    <message>
        <source>No sign-in needed. Start LM Studio&apos;s local server (Developer → Start server).</source>
        <translation>साइन इन की ज़रूरत नहीं। LM Studio का लोकल सर्वर शुरू करें (Developer → Start server)।</translation>
    </message>
    <message>
        <source>Models in the /model picker. Besides the default, the ones you tick become fallbacks, in this order.</source>
        <translation>/model पिकर के मॉडल। डिफ़ॉल्ट के अलावा, आप जिन पर टिक करेंगे वे इसी क्रम में फ़ॉलबैक बनेंगे।</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>%1 उपलब्ध कराएँ</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 में सहेजा गया।</translation>
    </message>
    <message>
        <source>These changes will be written to %1:</source>
        <translation>ये बदलाव %1 में लिखे जाएँगे:</translation>
    </message>
    <message>
        <source>Changes to openclaw.json</source>
        <translation>openclaw.json में बदलाव</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>विज़ार्ड रद्द करें</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Write openclaw.json</source>
        <translation>openclaw.json लिखें</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A model in the picker list that is the default model (always offered)</extracomment>
        <translation>%1 (डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Fallbacks</source>
        <translation>फ़ॉलबैक</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>MiniMax (recommended)</source>
        <translation>MiniMax (अनुशंसित)</translation>
    </message>
    <message>
        <source>Enter your API key. It is stored in the system keychain (when there is one) and in OpenClaw&apos;s own credential store, never in openclaw.json.</source>
        <translation>अपनी API कुंजी दर्ज करें। यह सिस्टम कीचेन में (यदि हो) और OpenClaw के अपने क्रेडेंशियल स्टोर में सहेजी जाती है, openclaw.json में कभी नहीं।</translation>
    </message>
</context>
<context>
    <name>clawdesk::AppState</name>
    <message>
        <source>Gateway stopped</source>
        <translation>Gateway रुका हुआ है</translation>
    </message>
    <message>
        <source>Gateway starting…</source>
        <translation>Gateway शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Gateway running on port %1</source>
        <translation>Gateway पोर्ट %1 पर चल रहा है</translation>
    </message>
    <message>
        <source>Gateway failed to start</source>
        <translation>Gateway शुरू नहीं हो सका</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>Tools pointed at ClawDesk cannot connect until you start it.</source>
        <translation>ClawDesk की ओर इंगित टूल तब तक कनेक्ट नहीं हो सकते जब तक आप इसे शुरू नहीं करते।</translation>
    </message>
    <message>
        <source>Nothing served yet</source>
        <translation>अभी तक किसी अनुरोध का जवाब नहीं दिया गया</translation>
    </message>
    <message>
        <source>Last request served by fallback %1 at %2</source>
        <translation>पिछले अनुरोध का जवाब फ़ॉलबैक %1 ने %2 पर दिया</translation>
    </message>
    <message>
        <source>Last request served by %1 at %2</source>
        <translation>पिछले अनुरोध का जवाब %1 ने %2 पर दिया</translation>
    </message>
    <message>
        <source>No openclaw.json yet</source>
        <translation>अभी कोई openclaw.json नहीं</translation>
    </message>
    <message>
        <source>openclaw.json is valid</source>
        <translation>openclaw.json मान्य है</translation>
    </message>
    <message numerus="yes">
        <source>openclaw.json is valid, with %n warning(s)</source>
        <translation>
            <numerusform>openclaw.json मान्य है, %n चेतावनी के साथ</numerusform>
            <numerusform>openclaw.json मान्य है, %n चेतावनियों के साथ</numerusform>
        </translation>
    </message>
    <message>
        <source>openclaw.json does not parse</source>
        <translation>openclaw.json पार्स नहीं होती</translation>
    </message>
    <message>
        <source>openclaw.json has errors OpenClaw would reject</source>
        <translation>openclaw.json में ऐसी त्रुटियाँ हैं जिन्हें OpenClaw अस्वीकार कर देगा</translation>
    </message>
    <message>
        <source>%1: sign-in expired, sign in again</source>
        <translation>%1: साइन इन की अवधि समाप्त, फिर से साइन इन करें</translation>
    </message>
    <message>
        <source>%1: key from %2</source>
        <translation>%1: कुंजी %2 से</translation>
    </message>
    <message>
        <source>%1: signed in</source>
        <translation>%1: साइन इन है</translation>
    </message>
    <message>
        <source>%1: key in auth profile %2</source>
        <translation>%1: कुंजी प्रमाणीकरण प्रोफ़ाइल %2 में</translation>
    </message>
    <message>
        <source>%1: key in openclaw.json</source>
        <translation>%1: कुंजी openclaw.json में</translation>
    </message>
    <message>
        <source>%1: local server, no key needed</source>
        <translation>%1: लोकल सर्वर, कुंजी की ज़रूरत नहीं</translation>
    </message>
    <message>
        <source>%1: no API key or sign-in</source>
        <translation>%1: न API कुंजी, न साइन इन</translation>
    </message>
    <message>
        <source>Sign-in expired: open ClawDesk to sign in again</source>
        <translation>साइन इन की अवधि समाप्त: दोबारा साइन इन करने के लिए ClawDesk खोलें</translation>
    </message>
    <message>
        <source>openclaw.json needs fixing: %1</source>
        <translation>openclaw.json को ठीक करना होगा: %1</translation>
    </message>
    <message>
        <source>Gateway failed to start: %1</source>
        <translation>Gateway शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Gateway running; last request served by fallback %1</source>
        <translation>Gateway चल रहा है; पिछले अनुरोध का जवाब फ़ॉलबैक %1 ने दिया</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>दर सीमा पार</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>कनेक्ट नहीं हो सका</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>समय समाप्त</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>कुंजी अस्वीकृत</translation>
    </message>
    <message>
        <source>billing or quota</source>
        <translation>बिलिंग या कोटा</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>ओवरलोड</translation>
    </message>
    <message>
        <source>provider error</source>
        <translation>प्रदाता त्रुटि</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>अज्ञात मॉडल</translation>
    </message>
</context>
<context>
    <name>clawdesk::Application</name>
    <message>
        <source>Coding Plan: %1 of %2 prompts left</source>
        <translation>Coding Plan: %2 में से %1 प्रॉम्प्ट बाकी</translation>
    </message>
    <message>
        <source>Coding Plan: %1</source>
        <translation>Coding Plan: %1</translation>
    </message>
    <message>
        <source>No model could answer: every candidate failed to connect.</source>
        <translation>कोई मॉडल जवाब नहीं दे सका: हर उम्मीदवार कनेक्ट होने में विफल रहा।</translation>
    </message>
</context>
<context>
    <name>clawdesk::Autostart</name>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 हटाया नहीं जा सका</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConfigController</name>
    <message>
        <source>Alias %1 already points to %2.</source>
        <translation>उपनाम %1 पहले से %2 की ओर इशारा करता है।</translation>
    </message>
    <message>
        <source>openclaw.json changed since; nothing was undone.</source>
        <translation>openclaw.json तब से बदल चुकी है; कुछ भी पूर्ववत नहीं किया गया।</translation>
    </message>
    <message>
        <source>The earlier version cannot be read; nothing was undone.</source>
        <translation>पिछला संस्करण पढ़ा नहीं जा सकता; कुछ भी पूर्ववत नहीं किया गया।</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>पूर्ववत किया गया।</translation>
    </message>
    <message>
        <source>Primary model set to %1.</source>
        <translation>प्राथमिक मॉडल %1 पर सेट किया गया।</translation>
    </message>
    <message>
        <source>Alias %1 added.</source>
        <translation>उपनाम %1 जोड़ा गया।</translation>
    </message>
    <message>
        <source>Alias %1 removed.</source>
        <translation>उपनाम %1 हटाया गया।</translation>
    </message>
    <message>
        <source>the primary model</source>
        <translation>प्राथमिक मॉडल</translation>
    </message>
    <message>
        <source>fallback #%1</source>
        <translation>फ़ॉलबैक #%1</translation>
    </message>
    <message>
        <source>%1 is used by %2. Removing it writes %3 there instead, so the chain keeps the same model.</source>
        <translation>%1 का उपयोग यहाँ होता है: %2। इसे हटाने पर वहाँ %3 लिखा जाएगा, ताकि क्रम में वही मॉडल रहे।</translation>
    </message>
    <message>
        <source>Alias %1 renamed to %2.</source>
        <translation>उपनाम %1 का नाम बदलकर %2 किया गया।</translation>
    </message>
    <message>
        <source>%1 added to the fallback chain.</source>
        <translation>%1 को फ़ॉलबैक क्रम में जोड़ा गया।</translation>
    </message>
    <message>
        <source>Fallback %1 removed.</source>
        <translation>फ़ॉलबैक %1 हटाया गया।</translation>
    </message>
    <message>
        <source>Fallback chain reordered.</source>
        <translation>फ़ॉलबैक क्रम बदला गया।</translation>
    </message>
    <message>
        <source>Fallback chain cleared.</source>
        <translation>फ़ॉलबैक क्रम साफ़ किया गया।</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectController</name>
    <message>
        <source>Unknown tool: %1</source>
        <translation>अज्ञात टूल: %1</translation>
    </message>
</context>
<context>
    <name>clawdesk::ConnectionTester</name>
    <message>
        <source>%1 is not set up in openclaw.json yet: save it first.</source>
        <translation>%1 अभी openclaw.json में सेट अप नहीं है: पहले इसे सहेजें।</translation>
    </message>
    <message>
        <source>%1 lists no models: add one to test it.</source>
        <translation>%1 में कोई मॉडल नहीं है: जाँचने के लिए एक मॉडल जोड़ें।</translation>
    </message>
    <message>
        <source>The api &quot;%1&quot; cannot be tested here; use anthropic-messages, openai-completions or openai-responses.</source>
        <translation>API &quot;%1&quot; को यहाँ जाँचा नहीं जा सकता; anthropic-messages, openai-completions या openai-responses का उपयोग करें।</translation>
    </message>
    <message>
        <source>No API key for %1: add one on this page or sign in.</source>
        <translation>%1 के लिए कोई API कुंजी नहीं: इस पेज पर एक जोड़ें या साइन इन करें।</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 की जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the base URL and that the server runs.</source>
        <translation>%1 से संपर्क नहीं हो सका: %2। बेस URL जाँचें और देखें कि सर्वर चल रहा है।</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>कनेक्ट हो गया: %1 ने %2 ms में जवाब दिया।</translation>
    </message>
    <message>
        <source>Check the API key (or sign in again).</source>
        <translation>API कुंजी जाँचें (या फिर से साइन इन करें)।</translation>
    </message>
    <message>
        <source>Check the base URL and the model id.</source>
        <translation>बेस URL और मॉडल ID जाँचें।</translation>
    </message>
    <message>
        <source>Rate limited or out of quota: try again later or add a fallback.</source>
        <translation>दर सीमा लगी है या कोटा खत्म हो गया: बाद में फिर कोशिश करें या फ़ॉलबैक जोड़ें।</translation>
    </message>
    <message>
        <source>The provider has a problem: try again later or add a fallback.</source>
        <translation>प्रदाता की ओर से समस्या है: बाद में फिर कोशिश करें या फ़ॉलबैक जोड़ें।</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>कनेक्शन अस्वीकार कर दिया गया</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>कनेक्शन बंद हो गया</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>समय पर कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>सुरक्षित कनेक्शन विफल रहा</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>होस्ट नाम नहीं मिला</translation>
    </message>
</context>
<context>
    <name>clawdesk::FallbackModel</name>
    <message>
        <source>Not in the model allowlist: OpenClaw silently skips this fallback.</source>
        <translation>मॉडल अनुमति-सूची में नहीं है: OpenClaw इस फ़ॉलबैक को चुपचाप छोड़ देता है।</translation>
    </message>
    <message>
        <source>No credentials for this provider: this fallback will fail.</source>
        <translation>इस प्रदाता के लिए कोई क्रेडेंशियल नहीं: यह फ़ॉलबैक विफल होगा।</translation>
    </message>
</context>
<context>
    <name>clawdesk::ProviderController</name>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s auth-profiles.json (%2).</source>
        <translation>साइन इन है: OpenClaw की auth-profiles.json में प्रोफ़ाइल %1 (%2)।</translation>
    </message>
    <message>
        <source>Key from the environment variable %1 (not stored by ClawDesk).</source>
        <translation>पर्यावरण चर %1 से कुंजी (ClawDesk द्वारा सहेजी नहीं गई)।</translation>
    </message>
    <message>
        <source>Key written in openclaw.json (%1). Moving it to the keychain is safer.</source>
        <translation>कुंजी openclaw.json (%1) में लिखी है। इसे कीचेन में ले जाना अधिक सुरक्षित है।</translation>
    </message>
    <message>
        <source>No key yet.</source>
        <translation>अभी कोई कुंजी नहीं।</translation>
    </message>
    <message>
        <source>Enter the base URL, e.g. http://127.0.0.1:1234/v1</source>
        <translation>बेस URL दर्ज करें, जैसे http://127.0.0.1:1234/v1</translation>
    </message>
    <message>
        <source>The base URL must start with http:// or https://</source>
        <translation>बेस URL http:// या https:// से शुरू होना चाहिए</translation>
    </message>
    <message>
        <source>The base URL needs a host name.</source>
        <translation>बेस URL में होस्ट नाम होना चाहिए।</translation>
    </message>
    <message>
        <source>Enter a provider id, e.g. my-proxy</source>
        <translation>प्रदाता ID दर्ज करें, जैसे my-proxy</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, underscores or dashes.</source>
        <translation>छोटे अक्षर, अंक, बिंदु, अंडरस्कोर या डैश का उपयोग करें।</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <source>No credential store is available.</source>
        <translation>कोई क्रेडेंशियल स्टोर उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The server did not answer with a model list.</source>
        <translation>सर्वर ने मॉडल सूची नहीं लौटाई।</translation>
    </message>
    <message>
        <source>Could not reach LM Studio: %1. Is its server running?</source>
        <translation>LM Studio से संपर्क नहीं हो सका: %1। क्या उसका सर्वर चल रहा है?</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in OpenClaw&apos;s credential store (%2).</source>
        <translation>साइन इन है: OpenClaw के क्रेडेंशियल स्टोर में प्रोफ़ाइल %1 (%2)।</translation>
    </message>
    <message>
        <source>Signed in: profile %1 in a leftover auth-profiles.json (%2); run openclaw doctor --fix to move it into OpenClaw&apos;s credential store.</source>
        <translation>साइन इन है: बची हुई auth-profiles.json में प्रोफ़ाइल %1 (%2); इसे OpenClaw के क्रेडेंशियल स्टोर में ले जाने के लिए openclaw doctor --fix चलाएँ।</translation>
    </message>
</context>
<context>
    <name>clawdesk::QuotaMonitor</name>
    <message>
        <source>week</source>
        <extracomment>The weekly window of the MiniMax Coding Plan quota</extracomment>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <source>%1 %2% left</source>
        <extracomment>A quota window and what is left of it, e.g. &quot;5h 63% left&quot;</extracomment>
        <translation>%1 %2% शेष</translation>
    </message>
</context>
<context>
    <name>clawdesk::TrayController</name>
    <message>
        <source>Start gateway</source>
        <translation>Gateway शुरू करें</translation>
    </message>
    <message>
        <source>Stop gateway</source>
        <translation>Gateway रोकें</translation>
    </message>
    <message>
        <source>Restart gateway</source>
        <translation>Gateway रीस्टार्ट करें</translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Tray submenu listing the models to use as the primary (default) model</extracomment>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Open ClawDesk</source>
        <translation>ClawDesk खोलें</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>ClawDesk is still running</source>
        <translation>ClawDesk अभी भी चल रहा है</translation>
    </message>
    <message>
        <source>The gateway keeps serving in the background. Use the tray icon to open ClawDesk or to quit.</source>
        <translation>Gateway बैकग्राउंड में काम करता रहता है। ClawDesk खोलने या बंद करने के लिए ट्रे आइकन का उपयोग करें।</translation>
    </message>
    <message>
        <source>Back on the primary model</source>
        <translation>प्राथमिक मॉडल पर वापस</translation>
    </message>
    <message>
        <source>ClawDesk stays in the tray; the gateway is not running. Use the tray icon to open ClawDesk, start the gateway or quit.</source>
        <translation>ClawDesk ट्रे में रहता है; Gateway नहीं चल रहा है। ClawDesk खोलने, Gateway शुरू करने या बंद करने के लिए ट्रे आइकन का उपयोग करें।</translation>
    </message>
    <message>
        <source>%1 is tried first again.</source>
        <translation>%1 को फिर से पहले आज़माया जाता है।</translation>
    </message>
    <message>
        <source>Primary model failed</source>
        <translation>प्राथमिक मॉडल विफल हुआ</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying %3.</source>
        <translation>%1 विफल हुआ (%2); %3 आज़माया जा रहा है।</translation>
    </message>
</context>
<context>
    <name>clawdesk::UsageModel</name>
    <message>
        <source>Other</source>
        <extracomment>The stack of the usage chart that sums every model or provider not shown by name</extracomment>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>कोई अनुरोध नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 tokens · %n request(s)</source>
        <translation>
            <numerusform>%1 · %2 टोकन · %n अनुरोध</numerusform>
            <numerusform>%1 · %2 टोकन · %n अनुरोध</numerusform>
        </translation>
    </message>
    <message>
        <source>%1M</source>
        <extracomment>Millions of tokens on the chart&apos;s axis, e.g. &quot;2.5M&quot;</extracomment>
        <translation>%1M</translation>
    </message>
    <message>
        <source>%1k</source>
        <extracomment>Thousands of tokens on the chart&apos;s axis, e.g. &quot;250k&quot;</extracomment>
        <translation>%1k</translation>
    </message>
</context>
<context>
    <name>clawdesk::WizardController</name>
    <message>
        <source>Choose a provider and an auth method first.</source>
        <translation>पहले एक प्रदाता और प्रमाणीकरण विधि चुनें।</translation>
    </message>
</context>
</TS>
