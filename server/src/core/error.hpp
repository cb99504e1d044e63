#pragma once
// One error type for the whole server. Use cases throw AppError; the HTTP layer maps it to
// {"error":{"code","message","details"}} with the status it carries. Messages are looked up by code in
// the user's language (messages.cpp), so use cases never write user-facing text themselves.
#include <exception>
#include <string>

#include <nlohmann/json.hpp>

namespace zhixie {

enum class Lang { zh, en };

class AppError : public std::exception {
  public:
    AppError(int status, std::string code, nlohmann::json details = nlohmann::json::object())
        : status_(status), code_(std::move(code)), details_(std::move(details)) {}

    int status() const { return status_; }
    const std::string& code() const { return code_; }
    const nlohmann::json& details() const { return details_; }
    const char* what() const noexcept override { return code_.c_str(); }

    static AppError bad_request(std::string code, nlohmann::json details = nlohmann::json::object()) {
        return {400, std::move(code), std::move(details)};
    }
    static AppError missing_field(const std::string& field) {
        return {400, "missing_field", {{"field", field}}};
    }
    static AppError invalid_field(const std::string& field, const std::string& reason = "") {
        nlohmann::json d{{"field", field}};
        if (!reason.empty()) d["reason"] = reason;
        return {400, "invalid_field", d};
    }
    static AppError unauthenticated() { return {401, "unauthenticated"}; }
    static AppError forbidden() { return {403, "forbidden"}; }
    static AppError not_found() { return {404, "not_found"}; }
    static AppError conflict(std::string code, nlohmann::json details = nlohmann::json::object()) {
        return {409, std::move(code), std::move(details)};
    }
    static AppError unprocessable(std::string code, nlohmann::json details = nlohmann::json::object()) {
        return {422, std::move(code), std::move(details)};
    }

  private:
    int status_;
    std::string code_;
    nlohmann::json details_;
};

// The message for an error code in the given language, with {placeholders} filled from details.
std::string error_message(const std::string& code, Lang lang, const nlohmann::json& details);

// Parses an Accept-Language header: English when English is preferred, Chinese otherwise.
Lang lang_from_header(std::string_view accept_language);

}  // namespace zhixie
