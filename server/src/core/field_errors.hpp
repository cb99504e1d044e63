#pragma once
// Per-field validation problems, collected rather than thrown one at a time, so a form or an import row
// can show every problem at once. Each field has a label in both languages.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.hpp"

namespace zhixie {

struct FieldLabel {
    const char* zh;
    const char* en;
};
using FieldLabels = std::map<std::string, FieldLabel, std::less<>>;

class FieldErrors {
  public:
    void add(std::string field, std::string code, nlohmann::json details = nlohmann::json::object()) {
        items_.push_back({std::move(field), std::move(code), std::move(details)});
    }
    bool empty() const { return items_.empty(); }
    size_t size() const { return items_.size(); }
    // [{field, code, message}] in the user's language
    nlohmann::json to_json(Lang lang, const FieldLabels& labels) const;
    // Throws 422 invalid_record with details.errors = to_json(…) when there are problems.
    void throw_if_any(Lang lang, const FieldLabels& labels) const;

  private:
    struct Item {
        std::string field;
        std::string code;
        nlohmann::json details;
    };
    std::vector<Item> items_;
};

// Field checks shared by every record type; each adds to errors and returns whether the value is fine.
namespace check {
bool date(FieldErrors& e, const std::string& field, const std::string& v, bool required);
bool id_card(FieldErrors& e, const std::string& field, const std::string& v);
bool phone(FieldErrors& e, const std::string& field, const std::string& v);
bool one_of(FieldErrors& e, const std::string& field, const std::string& v,
            const std::vector<std::string>& allowed);
bool required(FieldErrors& e, const std::string& field, const std::string& v, size_t max_chars = 100);
}  // namespace check

}  // namespace zhixie
