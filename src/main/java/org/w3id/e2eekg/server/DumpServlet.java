package org.w3id.e2eekg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import org.w3id.e2eekg.export.ExportFormat;

/**
 * The data dumps the VoID description names: {@code /dump/e2ee-kg.trig} (named graphs kept)
 * and {@code /dump/e2ee-kg.ttl} (merged), the same bytes as {@code e2ee-kg export} of the
 * store. They are files written once per version of the store ({@link DumpCache}) and
 * streamed from disk with their length, an ETag and a Last-Modified date
 * ({@code If-None-Match} or {@code If-Modified-Since} get 304, see {@link StoreVersion}).
 *
 * <p>At most {@link Limits#maxDumpStreams()} dumps and exports are sent at once
 * ({@link DownloadSlots}); a request beyond that is answered 503 with {@code Retry-After}.
 */
final class DumpServlet extends HttpServlet {
    private static final Map<String, ExportFormat> FILES = Map.of(
            "/dump/e2ee-kg.trig", ExportFormat.TRIG, "/dump/e2ee-kg.ttl", ExportFormat.TURTLE);
    private static final Map<ExportFormat, String> TYPES = Map.of(
            ExportFormat.TRIG, Negotiation.TRIG, ExportFormat.TURTLE, Negotiation.TURTLE);
    private final transient DumpCache cache;
    private final transient DownloadSlots slots;

    DumpServlet(DumpCache cache, DownloadSlots slots) {
        this.cache = cache;
        this.slots = slots;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = FILES.get(ServletSupport.path(request));
        if (format == null) {
            ServletSupport.error(response, HttpServletResponse.SC_NOT_FOUND, "No such dump; try /dump/e2ee-kg.trig or /dump/e2ee-kg.ttl");
            return;
        }
        slots.send(response, () -> send(format, request, response));
    }

    private void send(ExportFormat format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (int attempt = 0; ; attempt++) {
            DumpCache.Dump dump = cache.current(format);
            if (StoreVersion.notModified(request, response, dump.etag(), dump.stamp())) {
                return;
            }
            try {
                long length = Files.size(dump.file());
                response.setContentType(TYPES.get(format) + ";charset=utf-8");
                response.setContentLengthLong(length);
                Files.copy(dump.file(), response.getOutputStream());
                return;
            } catch (NoSuchFileException e) {
                // a newer version replaced this file between lookup and read: take the newer one
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }
}
