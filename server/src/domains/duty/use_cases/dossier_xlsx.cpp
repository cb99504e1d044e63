#include <fmt/format.h>

#include "domains/duty/duty.hpp"
#include "services/export/xlsx.hpp"

namespace zhixie::duty {

// The dossier as an .xlsx sheet: every record of the year, then the points per kind and the total.
std::string dossier_xlsx(storage::Db& db, const auth::Principal& me, int64_t member_id, int64_t year) {
    const auto d = dossier(db, me, member_id, year);
    const auto s = [](const nlohmann::json& v) {
        return v.is_string() ? v.get<std::string>() : v.is_null() ? std::string() : v.dump();
    };
    exporting::Sheet sheet{
        fmt::format("{}年度履职档案", year), {"日期", "履职类别", "内容", "计分份额", "状态"}, {}};
    for (const auto& r : d["records"])
        sheet.rows.push_back({s(r["occurred_on"]), s(r["kind_name"]), s(r["title"]),
                              fmt::format("{:.2f}", r["share"].get<double>()), s(r["status_name"])});
    sheet.rows.push_back({});
    for (const auto& k : d["kinds"])
        sheet.rows.push_back(
            {"小计", s(k["name"]), fmt::format("{}项", k["count"].get<int64_t>()), s(k["points"]), ""});
    sheet.rows.push_back({"基础分", "", "", s(d["base_score"]), ""});
    sheet.rows.push_back({"总分", s(d["member"]["name"]), s(d["score"]["grade"]), s(d["score"]["total"]),
                          fmt::format("“五个一”完成 {}/{}", d["five_ones_met"].get<int64_t>(),
                                      d["five_ones_total"].get<int64_t>())});
    return exporting::to_xlsx(sheet);
}

}  // namespace zhixie::duty
