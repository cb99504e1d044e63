#include "core/error.hpp"
#include "domains/office/common.hpp"
#include "domains/office/rules/rules.hpp"

namespace zhixie::office::rules {

const std::vector<std::string> kCategories = {"履职", "内控", "党建", "其他"};

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"title", {"制度名称", "Title"}},
        {"category", {"类别", "Category"}},
        {"doc_number", {"文号", "Document number"}},
        {"body", {"正文", "Text"}},
        {"effective_from", {"生效日期", "Effective from"}},
        {"note", {"修订说明", "Note"}},
        {"abolished_on", {"废止日期", "Abolished on"}},
        {"reason", {"废止原因", "Reason"}},
    };
    return l;
}

std::string category_order() {
    std::string sql = "CASE r.category";
    for (size_t k = 0; k < kCategories.size(); ++k)
        sql += " WHEN '" + kCategories[k] + "' THEN " + std::to_string(k);
    return sql + " ELSE 99 END";
}

void check_heading(storage::Tx& tx, int64_t committee_id, const std::string& title,
                   const std::string& category, const std::string& doc_number, int64_t self, FieldErrors& e) {
    if (check::required(e, "title", title, 100) &&
        tx.one("SELECT id FROM office_rules WHERE committee_id = :c AND title = :t AND status = 'in_force' "
               "AND id "
               "<> :self",
               {{"c", committee_id}, {"t", title}, {"self", self}}))
        e.add("title", "field_duplicate", {{"value", title}});
    check::one_of(e, "category", category, kCategories);
    max_chars(e, "doc_number", doc_number, 60);
}

nlohmann::json rule_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT id, title, category, doc_number, status, abolished_on, abolish_reason, sort, version, "
        "created_at, "
        "updated_at FROM office_rules WHERE id = :id AND committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto out = r->json();
    nlohmann::json versions = nlohmann::json::array();
    for (const auto& v : tx.query(
             "SELECT v.number, v.action, v.effective_from, v.note, v.body, v.created_at, u.display_name AS "
             "created_by FROM office_rule_versions v LEFT JOIN users u ON u.id = v.created_by WHERE "
             "v.rule_id = "
             ":id ORDER BY v.number",
             {{"id", id}})) {
        if (!versions.empty()) versions.back()["effective_to"] = v.s("effective_from");
        auto j = v.json();
        j["effective_to"] =
            r->opt_s("abolished_on") ? nlohmann::json(r->s("abolished_on")) : nlohmann::json();
        versions.push_back(std::move(j));
    }
    out["established_on"] = versions.empty() ? nlohmann::json() : versions.front()["effective_from"];
    out["current_number"] = versions.empty() ? 0 : versions.back()["number"].get<int64_t>();
    out["versions"] = versions;
    return out;
}

}  // namespace zhixie::office::rules
