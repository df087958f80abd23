package rectify.intake;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruled lines drawn on a PDF page — a table's cell borders — as horizontal and vertical segments in the same
 * coordinates as the text (y from the top of the page). Drawn as stroked lines or as thin filled rectangles.
 */
final class PdfRules extends PDFGraphicsStreamEngine {

    /** A horizontal segment at y from x1 to x2, or a vertical one at x from y1 to y2. */
    record Segment(float at, float from, float to) {
    }

    private static final float THIN = 2f;
    private static final float LONG = 8f;

    final List<Segment> horizontal = new ArrayList<>();
    final List<Segment> vertical = new ArrayList<>();
    private final float height;
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private float[] current = new float[2];

    PdfRules(PDPage page) {
        super(page);
        this.height = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
    }

    static PdfRules of(PDPage page) throws IOException {
        PdfRules rules = new PdfRules(page);
        rules.processPage(page);
        return rules;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x1 = (float) Math.min(p0.getX(), p2.getX());
        float x2 = (float) Math.max(p0.getX(), p2.getX());
        float y1 = (float) Math.min(p0.getY(), p2.getY());
        float y2 = (float) Math.max(p0.getY(), p2.getY());
        rectangles.add(new float[] {x1, y1, x2, y2});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new float[] {x, y};
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {current[0], current[1], x, y});
        current = new float[] {x, y};
    }

    @Override
    public void strokePath() {
        for (float[] r : rectangles) {
            segment(r[0], r[1], r[2], r[1]);
            segment(r[0], r[3], r[2], r[3]);
            segment(r[0], r[1], r[0], r[3]);
            segment(r[2], r[1], r[2], r[3]);
        }
        path.forEach(l -> segment(l[0], l[1], l[2], l[3]));
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            if (r[3] - r[1] <= THIN && r[2] - r[0] >= LONG) {
                segment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (r[2] - r[0] <= THIN && r[3] - r[1] >= LONG) {
                segment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    private void segment(float x1, float y1, float x2, float y2) {
        if (Math.abs(y1 - y2) <= THIN && Math.abs(x2 - x1) >= LONG) {
            horizontal.add(new Segment(height - (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) <= THIN && Math.abs(y2 - y1) >= LONG) {
            vertical.add(new Segment((x1 + x2) / 2, height - Math.max(y1, y2), height - Math.min(y1, y2)));
        }
    }

    @Override
    public void endPath() {
        path.clear();
        rectangles.clear();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new float[] {x3, y3};
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(current[0], current[1]);
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
