#include <gtest/gtest.h>

#include "core/error.hpp"
#include "services/export/xlsx.hpp"
#include "services/import/table.hpp"

using namespace zhixie;

TEST(ImportCsv, ReadsQuotedUtf8WithBom) {
    auto t = import::read_csv("\xEF\xBB\xBF姓名,备注\r\n张三,\"a, \"\"b\"\"\"\r\n\r\n李四,\n",
                              import::Encoding::automatic);
    ASSERT_EQ(t.header, (std::vector<std::string>{"姓名", "备注"}));
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0][1], "a, \"b\"");
    EXPECT_EQ(t.rows[1][0], "李四");
}

TEST(ImportCsv, ConvertsGb18030) {
    // "姓名\n张三\n" in GBK
    std::string gbk = "\xD0\xD5\xC3\xFB\n\xD5\xC5\xC8\xFD\n";
    auto t = import::read_csv(gbk, import::Encoding::automatic);
    EXPECT_EQ(t.header[0], "姓名");
    EXPECT_EQ(t.rows.at(0)[0], "张三");
}

TEST(ImportCsv, RefusesGbkDeclaredAsUtf8AndNamesTheRow) {
    std::string gbk = "name\nok\n\xD5\xC5\xC8\xFD\n";
    try {
        import::read_csv(gbk, import::Encoding::utf8);
        FAIL();
    } catch (const AppError& e) {
        EXPECT_EQ(e.code(), "import_bad_encoding");
        EXPECT_EQ(e.details()["row"], 3);
    }
}

TEST(ImportXlsx, RoundTripsWhatExportWrites) {
    exporting::Sheet s{
        "委员", {"姓名", "电话", "备注"}, {{"张三丰", "13800000001", "<a & b>"}, {"李四", "", "第二行"}}};
    auto bytes = exporting::to_xlsx(s);
    ASSERT_GT(bytes.size(), 1000u);
    auto t = import::read_table(bytes, "roster.xlsx", import::Encoding::automatic);
    EXPECT_EQ(t.header, s.header);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0][0], "张三丰");
    EXPECT_EQ(t.rows[0][2], "<a & b>");
    EXPECT_EQ(t.rows[1][1], "");
    EXPECT_EQ(t.rows[1][2], "第二行");
}

TEST(ImportXlsx, RefusesGarbage) {
    EXPECT_THROW(import::read_xlsx("PK\x03\x04 not really a zip"), AppError);
}
