#include <fmt/format.h>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/office/common.hpp"
#include "domains/office/rules/rules.hpp"
#include "services/print/document.hpp"

namespace zhixie::office::rules {

namespace {
const char* kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
}

std::string rules_compilation(storage::Db& db, const auth::Principal& me, const std::string& as_of,
                              const std::string& category) {
    FieldErrors e;
    if (!check::date(e, "as_of", as_of, false)) throw AppError::invalid_field("as_of", "YYYY-MM-DD");
    const std::string day = as_of.empty() ? clock::today_cst() : as_of;
    std::string sql =
        "SELECT r.id, r.title, r.category, r.doc_number, v.number, v.action, v.effective_from, v.body, "
        "(SELECT "
        "MIN(f.effective_from) FROM office_rule_versions f WHERE f.rule_id = r.id) AS established_on FROM "
        "office_rules r JOIN office_rule_versions v ON v.rule_id = r.id AND v.number = (SELECT MAX(m.number) "
        "FROM "
        "office_rule_versions m WHERE m.rule_id = r.id AND m.effective_from <= :d) WHERE r.committee_id = :c "
        "AND "
        "(r.abolished_on IS NULL OR r.abolished_on > :d)";
    storage::Params p{{"c", me.committee_id}, {"d", day}};
    if (!category.empty()) {
        sql += " AND r.category = :cat";
        p.emplace_back("cat", category);
    }
    auto tx = db.read();
    auto rows = tx.query(sql + " ORDER BY " + category_order() + ", r.sort, r.id", p);

    print::Document doc(me.committee_name + "工作制度汇编");
    doc.heading(me.committee_name + "工作制度汇编")
        .line(fmt::format("（{}现行有效制度，共{}项）", cn_date(day), rows.size()), "meta")
        .heading("目录", 2);
    std::vector<std::vector<std::string>> toc;
    std::string current;
    size_t section = 0, number = 0;
    for (const auto& r : rows) {
        if (r.s("category") != current) {
            current = r.s("category");
            toc.push_back({fmt::format("{}、{}类", kNumerals[section++ % 10], current), "", ""});
        }
        toc.push_back({fmt::format("{}. {}", ++number, r.s("title")), r.s("doc_number"),
                       cn_date(r.s("effective_from")) + (r.s("action") == "revise" ? "修订施行" : "起施行")});
    }
    doc.table({"制度名称", "文号", "现行版本"}, toc);
    for (const auto& r : rows) {
        doc.page_break().heading(r.s("title"), 2);
        std::string meta = r.s("doc_number").empty() ? "" : r.s("doc_number") + "　";
        meta += cn_date(r.s("established_on")) + "起施行";
        if (r.i("number") > 1)
            meta += fmt::format("　{}修订（第{}版）", cn_date(r.s("effective_from")), r.i("number"));
        doc.line(meta, "meta").paragraphs(r.s("body"));
    }
    return doc.html();
}

}  // namespace zhixie::office::rules
