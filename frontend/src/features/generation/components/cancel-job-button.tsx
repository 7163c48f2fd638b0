import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

import { ProblemAlert } from '@/components/problem-alert';

import { useCancelGeneration } from '../hooks/use-generation';

/** Stops the job; its partial output is deleted, so this asks first. */
export function CancelJobButton({ jobId }: { jobId: string }) {
  const cancellation = useCancelGeneration(jobId);
  const [asking, { open, close }] = useDisclosure(false);
  const dismiss = () => {
    cancellation.reset();
    close();
  };
  return (
    <>
      <Button variant="default" color="red" onClick={open}>
        Cancel job
      </Button>
      <Modal opened={asking} onClose={dismiss} title="Cancel this job?" centered>
        <Stack gap="md">
          <Text size="sm">Stop this job and delete what it has written? The rows already written are not kept.</Text>
          {cancellation.isError && <ProblemAlert error={cancellation.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              Keep running
            </Button>
            <Button
              color="red"
              loading={cancellation.isPending}
              onClick={() => cancellation.mutate(undefined, { onSuccess: close })}
            >
              Confirm cancel job
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
