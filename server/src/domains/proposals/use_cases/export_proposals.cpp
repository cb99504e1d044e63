#include <map>

#include "domains/proposals/query.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::proposals {

// The filtered list as an .xlsx file (at most 20,000 rows).
std::string export_proposals(storage::Db& db, const auth::Principal& me, const ListQuery& q) {
    auto tx = db.read();
    auto who = caller_of(tx, me);
    Filter f = proposal_filter(who, q, true);
    auto rows = tx.query(std::string(kListColumns) + f.where() + " ORDER BY p.id DESC LIMIT 20000", f.params);
    exporting::Sheet sheet{"提案",
                           {"提案号", "案由", "提案者", "联名人数", "类别", "类型", "年度", "会次",
                            "提交时间", "状态", "承办单位", "答复类别", "答复期限"},
                           {}};
    static const std::map<std::string, std::string> kUnitRole = {
        {"lead", "主办"}, {"co", "会办"}, {"split", "分办"}};
    for (const auto& o : list_items(tx, me.committee_id, rows)) {
        std::string units;
        for (const auto& u : o["units"])
            units += (units.empty() ? "" : "、") + u["name"].get<std::string>() + "（" +
                     kUnitRole.at(u["role"].get<std::string>()) + "）";
        auto str = [&](const char* k) { return o[k].is_string() ? o[k].get<std::string>() : std::string(); };
        auto num = [&](const char* k) {
            return o[k].is_number() ? std::to_string(o[k].get<int64_t>()) : std::string();
        };
        sheet.rows.push_back({str("number"), str("title"), str("proposer"), num("cosigners"), str("category"),
                              o["kind"] == "plenary" ? "大会提案" : "平时提案", num("year"), num("session"),
                              str("submitted_at").substr(0, 10), str("state_name_zh"), units,
                              str("reply_class"), str("handling_due").substr(0, 10)});
    }
    return exporting::to_xlsx(sheet);
}

}  // namespace zhixie::proposals
