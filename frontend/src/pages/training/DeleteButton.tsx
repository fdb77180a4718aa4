import { DeleteOutlined } from "@ant-design/icons";
import { Alert, Button, Modal, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isConflict } from "../../lib/formErrors";
import { problemLine } from "./FormParts";

/** Delete with a confirmation; a 412 says the row changed meanwhile and offers to reload it. */
export function DeleteButton(props: { title: string; hint: string; onDelete: () => Promise<void>; onReload: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = () => {
    setOpen(false);
    setError(null);
  };
  return (
    <>
      <Button danger icon={<DeleteOutlined />} onClick={() => setOpen(true)}>
        {t("common.delete")}
      </Button>
      <Modal
        open={open}
        title={props.title}
        okText={t("common.delete")}
        okButtonProps={{ danger: true, loading: busy }}
        cancelText={t("common.cancel")}
        onCancel={close}
        onOk={async () => {
          setBusy(true);
          setError(null);
          try {
            await props.onDelete();
            setOpen(false);
          } catch (caught) {
            setError(caught);
          } finally {
            setBusy(false);
          }
        }}
      >
        <Typography.Paragraph>{props.hint}</Typography.Paragraph>
        {error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={problemLine(error, t)}
            description={isConflict(error) ? t("errors.conflictDetail") : undefined}
            action={
              isConflict(error) ? (
                <Button
                  size="small"
                  onClick={() => {
                    close();
                    props.onReload();
                  }}
                >
                  {t("common.reload")}
                </Button>
              ) : undefined
            }
          />
        ) : null}
      </Modal>
    </>
  );
}
