#pragma once

#include <QByteArray>

#include <curl/curl.h>

namespace clawdesk {

class UpstreamCall;

/// @brief libcurl state of one transfer; outlives its UpstreamCall until libcurl lets it go.
struct CurlTransfer
{
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    QByteArray body; // CURLOPT_POSTFIELDS points into it
    char errorBuffer[CURL_ERROR_SIZE] = {};
    UpstreamCall *call = nullptr; // null once the call finished or was deleted
    bool inMulti = false;
};

} // namespace clawdesk
