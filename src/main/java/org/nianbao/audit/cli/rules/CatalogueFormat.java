package org.nianbao.audit.cli.rules;

import java.util.Locale;
import picocli.CommandLine;

/** The formats of {@code rules list}. */
enum CatalogueFormat {
    TABLE, MD, JSON, CSV;

    /** Option converter: a bad name is a usage error with the choices spelled out. */
    static final class Converter implements CommandLine.ITypeConverter<CatalogueFormat> {
        @Override
        public CatalogueFormat convert(String value) {
            for (CatalogueFormat f : values()) {
                if (f.name().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException(WorkbenchMessages.unknownFormat(value));
        }
    }
}
